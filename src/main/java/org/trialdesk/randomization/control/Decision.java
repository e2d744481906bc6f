package org.trialdesk.randomization.control;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * An allocation decision: the arm, the stratum's block state after it (unchanged for dynamic
 * methods), for minimization and the biased coin the per-arm scores, and the random draw that
 * decided between preferred and other arms ({@code null} where no such draw was made).
 */
public record Decision(String arm, BlockState block, Map<String, Double> scores, Double draw) {

  /** The scores as the allocation stores (and hashes) them, {@code A=0.5;B=1.0}; null if none. */
  public String scoresText() {
    return scores == null
        ? null
        : scores.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(";"));
  }
}
