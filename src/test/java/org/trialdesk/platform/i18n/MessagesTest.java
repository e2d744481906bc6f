package org.trialdesk.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  @Test
  void aDateInAMessageReadsInTheLanguagesForm() {
    assertThat(Messages.format(Locale.JAPANESE, "followUp.future", DAY)).contains("2026/12/01");
    assertThat(Messages.format(Locale.ENGLISH, "followUp.future", DAY)).contains("(2026-12-01)");
  }

  @Test
  void aDateOnItsOwnReadsAsOnThePage() {
    assertThat(Messages.date(Locale.JAPANESE, DAY)).isEqualTo("2026/12/01");
    assertThat(Messages.date(Locale.ENGLISH, DAY)).isEqualTo("2026-12-01");
  }
}
