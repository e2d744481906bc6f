package org.trialdesk.randomization.control;

import java.util.List;
import java.util.Set;

/** Picks an arm with probability proportional to its ratio weight, from a uniform number. */
final class WeightedChoice {

  private WeightedChoice() {}

  /** The arm of {@code arms} that {@code u} in [0, 1) falls on, weights proportional to ratio. */
  static String pick(List<ArmRatio> arms, double u) {
    double target = u * ArmRatio.sum(arms);
    double cumulative = 0;
    for (ArmRatio arm : arms) {
      cumulative += arm.ratio();
      if (target < cumulative) {
        return arm.code();
      }
    }
    return arms.get(arms.size() - 1).code();
  }

  /**
   * With probability {@code p} one of the {@code preferred} arms, otherwise one of the others, each
   * group weighted by ratio; when every arm is preferred (a tie) simply by ratio. {@code draw}
   * decides between the groups, {@code within} picks inside the group.
   */
  static String preferring(
      List<ArmRatio> arms, Set<String> preferred, double p, double draw, double within) {
    List<ArmRatio> favoured = arms.stream().filter(a -> preferred.contains(a.code())).toList();
    List<ArmRatio> others = arms.stream().filter(a -> !preferred.contains(a.code())).toList();
    if (others.isEmpty()) {
      return pick(favoured, within);
    }
    return draw < p ? pick(favoured, within) : pick(others, within);
  }
}
