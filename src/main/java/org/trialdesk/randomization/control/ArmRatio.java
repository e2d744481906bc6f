package org.trialdesk.randomization.control;

import java.util.List;
import org.trialdesk.trial.entity.Arm;

/** An arm and its allocation weight, e.g. {@code IL2:1}. */
public record ArmRatio(String code, int ratio) {

  public ArmRatio {
    if (ratio <= 0) {
      throw new IllegalArgumentException("A ratio weight is positive");
    }
  }

  /** The trial's arms with their weights, in the trial's order. */
  public static List<ArmRatio> of(List<Arm> arms) {
    return arms.stream().map(a -> new ArmRatio(a.getCode(), a.getRatio())).toList();
  }

  static int sum(List<ArmRatio> arms) {
    return arms.stream().mapToInt(ArmRatio::ratio).sum();
  }
}
