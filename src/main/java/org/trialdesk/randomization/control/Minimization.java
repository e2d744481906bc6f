package org.trialdesk.randomization.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Pocock–Simon minimization over the whole trial. For each candidate arm k, and each factor i, the
 * counts of earlier subjects sharing the new subject's level of factor i are taken per arm as if
 * the subject were put in arm k, each divided by the arm's ratio weight; the imbalance of factor i
 * is their range or variance; an arm's score is the weighted sum over factors. The lowest-scoring
 * arm (ties at random, by ratio) is chosen with probability {@code p}, else one of the others.
 * Every factor is counted once, site included when it is one of them.
 */
public final class Minimization implements AllocationMethod {

  static final double TOLERANCE = 1e-9;

  /** How the spread of one factor's counts over the arms is measured. */
  public enum Imbalance {
    RANGE,
    VARIANCE
  }

  private final Map<String, Double> factorWeights;
  private final Imbalance imbalance;
  private final double p;

  /** {@code factorWeights}: factor code → weight, in the order the factors are counted. */
  public Minimization(Map<String, Double> factorWeights, Imbalance imbalance, double p) {
    this.factorWeights = new LinkedHashMap<>(factorWeights);
    this.imbalance = imbalance;
    this.p = p;
  }

  @Override
  public String algorithm() {
    return "MINIMIZATION";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public Decision decide(AllocationInput input) {
    Map<String, Double> scores = scores(input.arms(), input.levels(), input.history());
    double least = scores.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
    Set<String> best =
        scores.entrySet().stream()
            .filter(e -> e.getValue() - least < TOLERANCE)
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    SeededDraws draws = SeededDraws.of(input.seed(), "minimization|" + input.sequence());
    double draw = draws.nextDouble();
    String arm = WeightedChoice.preferring(input.arms(), best, p, draw, draws.nextDouble());
    return new Decision(arm, input.block(), scores, draw);
  }

  /** The total imbalance per candidate arm, in arm order. */
  public Map<String, Double> scores(
      List<ArmRatio> arms, Map<String, String> levels, List<PriorAllocation> history) {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (ArmRatio candidate : arms) {
      double total = 0;
      for (Map.Entry<String, Double> factor : factorWeights.entrySet()) {
        String level = levels.get(factor.getKey());
        double[] adjusted = new double[arms.size()];
        for (int k = 0; k < arms.size(); k++) {
          ArmRatio arm = arms.get(k);
          long count =
              history.stream()
                  .filter(h -> h.arm().equals(arm.code()))
                  .filter(h -> level != null && level.equals(h.levels().get(factor.getKey())))
                  .mapToLong(PriorAllocation::count)
                  .sum();
          if (arm.code().equals(candidate.code())) {
            count++;
          }
          adjusted[k] = (double) count / arm.ratio();
        }
        total += factor.getValue() * spread(adjusted);
      }
      scores.put(candidate.code(), total);
    }
    return scores;
  }

  private double spread(double[] values) {
    double max = Double.NEGATIVE_INFINITY;
    double min = Double.POSITIVE_INFINITY;
    double sum = 0;
    for (double v : values) {
      max = Math.max(max, v);
      min = Math.min(min, v);
      sum += v;
    }
    if (imbalance == Imbalance.RANGE) {
      return max - min;
    }
    double mean = sum / values.length;
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return squares / values.length;
  }
}
