package org.trialdesk.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentHashTest {

  private static Map<String, String> state(String... fieldsAndValues) {
    Map<String, String> state = new LinkedHashMap<>();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      state.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
    }
    return state;
  }

  @Test
  void theSameContentGivesTheSameHash() {
    String hash = ContentHash.of("Trial", "IL2-HAI", state("title", "HAI", "ratio", "1"));
    assertThat(hash)
        .hasSize(64)
        .isEqualTo(ContentHash.of("Trial", "IL2-HAI", state("title", "HAI", "ratio", "1")));
  }

  @Test
  void anyChangeGivesAnotherHash() {
    String hash = ContentHash.of("Trial", "IL2-HAI", state("title", "HAI", "ratio", "1"));
    assertThat(ContentHash.of("Trial", "IL2-HAI", state("title", "HAI", "ratio", "2")))
        .isNotEqualTo(hash);
    assertThat(ContentHash.of("Trial", "IL2-HA", state("title", "HAI", "ratio", "1")))
        .isNotEqualTo(hash);
    assertThat(ContentHash.of("Arm", "IL2-HAI", state("title", "HAI", "ratio", "1")))
        .isNotEqualTo(hash);
  }

  @Test
  void fieldBoundariesAndMissingValuesCount() {
    assertThat(ContentHash.of("T", "k", state("a", "bc")))
        .isNotEqualTo(ContentHash.of("T", "k", state("ab", "c")));
    assertThat(ContentHash.of("T", "k", state("a", null)))
        .isNotEqualTo(ContentHash.of("T", "k", state("a", "")));
  }
}
