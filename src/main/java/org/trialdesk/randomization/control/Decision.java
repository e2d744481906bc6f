package org.trialdesk.randomization.control;

import java.util.Map;

/**
 * An allocation decision: the arm, the stratum's block state after it (unchanged for dynamic
 * methods), for minimization and the biased coin the per-arm scores, and the random draw that
 * decided between preferred and other arms ({@code null} where no such draw was made).
 */
public record Decision(String arm, BlockState block, Map<String, Double> scores, Double draw) {}
