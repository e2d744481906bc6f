package org.trialdesk.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateInputTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-12-01",
        "2026/12/01",
        "2026/12/1",
        "2026-12-1",
        " 2026/12/01 ",
        "２０２６／１２／０１"
      })
  void theFormsPeopleTypeAreOneDay(String typed) {
    assertThat(DateInput.parse(typed)).contains(LocalDate.of(2026, 12, 1));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026/02/30",
        "2026/13/01",
        "01/12/2026",
        "2026-12",
        "2026-12-01T00:00",
        "abc",
        "26/12/1"
      })
  void anythingElseIsNoDateRatherThanAGuess(String typed) {
    assertThat(DateInput.parse(typed)).isEmpty();
  }
}
