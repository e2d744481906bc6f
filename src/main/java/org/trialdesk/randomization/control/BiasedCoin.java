package org.trialdesk.randomization.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Efron's biased coin within a stratum: the arm that is behind (fewest assignments relative to its
 * ratio) is chosen with probability {@code p}; when the arms are level, by ratio.
 */
public final class BiasedCoin implements AllocationMethod {

  private final double p;

  public BiasedCoin(double p) {
    this.p = p;
  }

  @Override
  public String algorithm() {
    return "BIASED_COIN";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public Decision decide(AllocationInput input) {
    Map<String, Double> share = new LinkedHashMap<>();
    for (ArmRatio arm : input.arms()) {
      long count =
          input.history().stream()
              .filter(h -> h.stratum().equals(input.stratum()) && h.arm().equals(arm.code()))
              .mapToLong(PriorAllocation::count)
              .sum();
      share.put(arm.code(), (double) count / arm.ratio());
    }
    double least = share.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
    Set<String> behind =
        share.entrySet().stream()
            .filter(e -> e.getValue() - least < Minimization.TOLERANCE)
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    SeededDraws draws = SeededDraws.of(input.seed(), "coin|" + input.sequence());
    double draw = draws.nextDouble();
    String arm = WeightedChoice.preferring(input.arms(), behind, p, draw, draws.nextDouble());
    return new Decision(arm, input.block(), share, draw);
  }
}
