package org.trialdesk.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

  private static int nesting(String json) {
    return StrictJson.nesting(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void nestingIsCountedOutsideTextsOnly() {
    assertThat(nesting("{\"a\": [{\"b\": [1]}]}")).isEqualTo(4);
    assertThat(nesting("{\"a\": \"[[[[{{{{\\\"]]]\"}")).isEqualTo(1);
    assertThat(nesting("[".repeat(100_000))).isEqualTo(100_000);
    assertThat(nesting("")).isZero();
  }
}
