package org.trialdesk.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class GeneratedTextTest {

  @Test
  void aGeneratedTextIsStoredAsItsKeyAndReadInEachLanguage() {
    String stored = GeneratedText.of("import.done", 12);
    assertThat(stored).isEqualTo("@import.done|12");
    assertThat(GeneratedText.read(stored, Locale.ENGLISH)).isEqualTo("12 allocations imported.");
    assertThat(GeneratedText.read(stored, Locale.JAPANESE))
        .isEqualTo(Messages.format(Locale.JAPANESE, "import.done", "12"))
        .isNotEqualTo(GeneratedText.read(stored, Locale.ENGLISH));
  }

  @Test
  void textPeopleTypedIsReadAsTyped() {
    assertThat(GeneratedText.read("Protocol amendment 2", Locale.JAPANESE))
        .isEqualTo("Protocol amendment 2");
    assertThat(GeneratedText.read("@someone wrote this", Locale.ENGLISH))
        .isEqualTo("@someone wrote this");
    assertThat(GeneratedText.read(null, Locale.ENGLISH)).isNull();
  }
}
