package org.trialdesk.analysis.control;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * Two-sided intervals for a proportion of {@code successes} in {@code n}: the exact Clopper–Pearson
 * interval (as R's {@code binom.test}), from the beta distribution's quantiles, and optionally
 * Wilson's score interval (as R's {@code prop.test(correct = FALSE)}).
 */
public final class BinomialInterval {

  /** Inverse beta quantiles to well below the six decimals the tests hold them to. */
  private static final double ACCURACY = 1e-12;

  private BinomialInterval() {}

  public enum Method {
    CLOPPER_PEARSON,
    WILSON
  }

  /** An interval; both ends {@code null} when there is no subject to estimate from. */
  public record Interval(Double lower, Double upper) {}

  public static Interval of(Method method, int successes, int n, double level) {
    if (successes < 0 || successes > n) {
      throw new IllegalArgumentException(successes + " of " + n);
    }
    if (n == 0) {
      return new Interval(null, null);
    }
    return method == Method.WILSON
        ? wilson(successes, n, level)
        : clopperPearson(successes, n, level);
  }

  static Interval clopperPearson(int x, int n, double level) {
    double alpha = 1 - level;
    double lower =
        x == 0
            ? 0
            : new BetaDistribution(null, x, n - x + 1.0, ACCURACY)
                .inverseCumulativeProbability(alpha / 2);
    double upper =
        x == n
            ? 1
            : new BetaDistribution(null, x + 1.0, n - x, ACCURACY)
                .inverseCumulativeProbability(1 - alpha / 2);
    return new Interval(lower, upper);
  }

  static Interval wilson(int x, int n, double level) {
    ConfidenceInterval score = new WilsonScoreInterval().createInterval(n, x, level);
    // The score interval lies within [0, 1]; rounding must not take an end past it.
    return new Interval(Math.max(0, score.getLowerBound()), Math.min(1, score.getUpperBound()));
  }
}
