package org.trialdesk.analysis.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Binomial 95% intervals to 6 decimals. The Clopper–Pearson bounds (Clopper &amp; Pearson,
 * Biometrika 26 (1934) 404) are those R 4.2.2 {@code binom.test} prints to 10 digits; where a bound
 * has a closed form it is that form: for 0 of 10 the upper bound is 1 - 0.025^(1/10) = 0.308497,
 * for 10 of 10 the lower one 0.025^(1/10) = 0.691503, for 1 of 1 the lower one 0.025. Wilson's
 * score bounds are R's {@code prop.test(x, n, correct = FALSE)}. 19 of 25 is the pilot's response
 * rate, 12 of 18 its disease-free share.
 */
class BinomialIntervalTest {

  @ParameterizedTest(name = "{0} of {1}")
  @CsvSource({
    "19, 25, 0.5487119822, 0.9064355607, 0.5657031664, 0.8850368631",
    "12, 18, 0.4099252382, 0.8665725975, 0.4374946730, 0.8372122525",
    "0, 10, 0.0000000000, 0.3084971078, 0.0000000000, 0.2775327999",
    "10, 10, 0.6915028922, 1.0000000000, 0.7224672001, 1.0000000000",
    "1, 1, 0.0250000000, 1.0000000000, 0.2065493144, 1.0000000000",
    "5, 20, 0.0865714691, 0.4910458717, 0.1118617014, 0.4687008776",
    "3, 7, 0.0989882784, 0.8159484324, 0.1582198553, 0.7495416355"
  })
  void boundsAreRs(int x, int n, double cpLower, double cpUpper, double wLower, double wUpper) {
    BinomialInterval.Interval exact =
        BinomialInterval.of(BinomialInterval.Method.CLOPPER_PEARSON, x, n, 0.95);
    assertEquals(cpLower, exact.lower(), 0.5e-6);
    assertEquals(cpUpper, exact.upper(), 0.5e-6);
    BinomialInterval.Interval wilson =
        BinomialInterval.of(BinomialInterval.Method.WILSON, x, n, 0.95);
    assertEquals(wLower, wilson.lower(), 0.5e-6);
    assertEquals(wUpper, wilson.upper(), 0.5e-6);
  }

  @ParameterizedTest
  @CsvSource({"CLOPPER_PEARSON", "WILSON"})
  void noSubjectsLeaveTheBoundsOpen(BinomialInterval.Method method) {
    BinomialInterval.Interval none = BinomialInterval.of(method, 0, 0, 0.95);
    assertNull(none.lower());
    assertNull(none.upper());
  }
}
