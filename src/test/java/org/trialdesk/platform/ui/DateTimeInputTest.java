package org.trialdesk.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateTimeInputTest {

  private static final LocalDateTime MORNING = LocalDateTime.of(2026, 12, 1, 9, 30);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-12-01 09:30",
        "2026/12/01 09:30",
        "2026/12/1 9:30",
        "2026-12-1  9:30",
        " 2026/12/01 09:30 ",
        "2026-12-01T09:30",
        "２０２６／１２／０１　０９：３０"
      })
  void theFormsPeopleTypeAreOneMinute(String typed) {
    assertThat(DateTimeInput.parse(typed)).contains(MORNING);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026/02/30 09:30",
        "2026/12/01 24:00",
        "2026/12/01 09:60",
        "2026/12/01 9",
        "2026/12/01",
        "2026/12/01 9:5",
        "01/12/2026 09:30",
        "2026/12/01 09:30:00",
        "abc"
      })
  void anythingElseIsNoTimeRatherThanAGuess(String typed) {
    assertThat(DateTimeInput.parse(typed)).isEmpty();
  }

  @Test
  void shownBackInTheFormThePickerReads() {
    assertThat(new DateTimeInput().getAsString(null, null, MORNING)).isEqualTo("2026-12-01 09:30");
    assertThat(new DateTimeInput().getAsString(null, null, null)).isEmpty();
  }

  @Test
  void aBlankFieldIsNoValue() {
    assertThat(new DateTimeInput().getAsObject(null, null, " ")).isNull();
  }
}
