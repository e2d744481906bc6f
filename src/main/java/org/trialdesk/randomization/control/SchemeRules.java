package org.trialdesk.randomization.control;

import java.util.List;
import java.util.Map;

/**
 * A randomization scheme as the algorithms need it.
 *
 * @param method one of {@code SIMPLE}, {@code PERMUTED_BLOCK}, {@code MINIMIZATION}, {@code
 *     BIASED_COIN}
 * @param blockSizes the block sizes to draw from (permuted blocks)
 * @param factorWeights factor code → weight (minimization)
 * @param imbalance how minimization measures a factor's imbalance
 * @param preferredArmProbability p of minimization and of the biased coin
 */
public record SchemeRules(
    String method,
    List<Integer> blockSizes,
    Map<String, Double> factorWeights,
    Minimization.Imbalance imbalance,
    double preferredArmProbability) {

  /** The algorithm implementing this scheme. */
  public AllocationMethod allocationMethod() {
    return switch (method) {
      case "SIMPLE" -> new SimpleRandomization();
      case "PERMUTED_BLOCK" -> new PermutedBlocks(blockSizes);
      case "BIASED_COIN" -> new BiasedCoin(preferredArmProbability);
      case "MINIMIZATION" ->
          new Minimization(
              factorWeights,
              imbalance == null ? Minimization.Imbalance.RANGE : imbalance,
              preferredArmProbability);
      default -> throw new IllegalArgumentException("Unknown method " + method);
    };
  }

  /** Whether allocations depend on earlier allocations (and so are serialized per trial). */
  public boolean dynamic() {
    return method.equals("MINIMIZATION") || method.equals("BIASED_COIN");
  }
}
