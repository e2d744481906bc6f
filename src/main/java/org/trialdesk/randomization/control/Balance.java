package org.trialdesk.randomization.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Balance figures of a sequence of assignments, for the monitor. */
public final class Balance {

  private Balance() {}

  /** Assignments per arm, every arm listed (zero included), in arm order. */
  public static Map<String, Long> totals(List<ArmRatio> arms, List<String> sequence) {
    Map<String, Long> totals = new LinkedHashMap<>();
    arms.forEach(a -> totals.put(a.code(), 0L));
    sequence.forEach(arm -> totals.merge(arm, 1L, Long::sum));
    return totals;
  }

  /**
   * The largest imbalance seen at any point of the sequence: the spread between the arms' counts
   * scaled to the smallest ratio weight, so that 1:1 gives |n_A − n_B| and 2:1 compares n_A / 2
   * with n_B.
   */
  public static double maxRunningImbalance(List<ArmRatio> arms, List<String> sequence) {
    int smallest = arms.stream().mapToInt(ArmRatio::ratio).min().orElse(1);
    Map<String, Long> counts = totals(arms, List.of());
    double worst = 0;
    for (String arm : sequence) {
      counts.merge(arm, 1L, Long::sum);
      double max = Double.NEGATIVE_INFINITY;
      double min = Double.POSITIVE_INFINITY;
      for (ArmRatio a : arms) {
        double scaled = (double) counts.get(a.code()) / a.ratio() * smallest;
        max = Math.max(max, scaled);
        min = Math.min(min, scaled);
      }
      worst = Math.max(worst, max - min);
    }
    return worst;
  }
}
