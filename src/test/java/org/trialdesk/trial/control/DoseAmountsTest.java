package org.trialdesk.trial.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DoseAmountsTest {

  @ParameterizedTest(name = "{0} is written {1}")
  @CsvSource({
    "250, 250",
    "250.000000, 250",
    "4, 4",
    "0.5, 0.5",
    "2.25, 2.25",
    "9999, 9999",
    "10000, 1 × 10⁴",
    "700000, 7 × 10⁵",
    "700000.000000, 7 × 10⁵",
    "1400000, 1.4 × 10⁶",
    "2100000, 2.1 × 10⁶",
    "12000000000, 1.2 × 10¹⁰",
  })
  void writesSmallAmountsPlainAndLargeOnesScientifically(String amount, String written) {
    assertThat(DoseAmounts.format(new BigDecimal(amount))).isEqualTo(written);
  }
}
