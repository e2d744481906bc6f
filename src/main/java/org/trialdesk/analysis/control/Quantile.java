package org.trialdesk.analysis.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The median of a step curve as R's {@code survival:::findq} reads it: the first time the curve
 * falls to 0.5 or below; where it stays at exactly 0.5 (within R's tolerance), the midpoint between
 * that time and the time it next drops, or the last time of the curve if it never drops again.
 * Applied to the lower and upper bands it gives the median's interval.
 */
final class Quantile {

  /** R's {@code sqrt(.Machine$double.eps)}. */
  private static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

  private static final double P = 0.5;

  private Quantile() {}

  /**
   * @param times the curve's times, ascending
   * @param values its value after each time; {@code null} where undefined (bands where S is 0)
   */
  static Double median(double[] times, List<Double> values) {
    if (times.length == 0) {
      return null;
    }
    // R works on the cumulative failure 1 - S from (0, 0), keeping each value's first time.
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    x.add(0.0);
    y.add(0.0);
    boolean undefinedSeen = false;
    for (int i = 0; i < times.length; i++) {
      Double failure = values.get(i) == null ? null : 1 - values.get(i);
      boolean duplicate = failure == null ? undefinedSeen : y.contains(failure);
      undefinedSeen |= failure == null;
      if (!duplicate) {
        x.add(times[i]);
        y.add(failure);
      }
    }
    double max = y.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
    if (max < P) {
      return null;
    }
    Integer first = firstReaching(y, TOLERANCE);
    Integer beyond = firstReaching(y, -TOLERANCE);
    Double last = y.get(y.size() - 1);
    if (first != null && last != null && Math.abs(P - last) < TOLERANCE) {
      return (x.get(first) + times[times.length - 1]) / 2;
    }
    if (first == null || beyond == null) {
      return null;
    }
    return (x.get(first) + x.get(beyond)) / 2;
  }

  /**
   * R's {@code approx(y + shift, 1:n, P, method="constant", f=1)}: the index of the first defined
   * value with {@code y + shift >= P}, or {@code null} when P lies beyond the last defined value.
   */
  private static Integer firstReaching(List<Double> y, double shift) {
    for (int i = 0; i < y.size(); i++) {
      if (y.get(i) != null && y.get(i) + shift >= P) {
        return i;
      }
    }
    return null;
  }
}
