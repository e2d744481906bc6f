package org.trialdesk.randomization.control;

import java.util.List;

/** An arm and its allocation weight, e.g. {@code IL2:1}. */
public record ArmRatio(String code, int ratio) {

  public ArmRatio {
    if (ratio <= 0) {
      throw new IllegalArgumentException("A ratio weight is positive");
    }
  }

  static int sum(List<ArmRatio> arms) {
    return arms.stream().mapToInt(ArmRatio::ratio).sum();
  }
}
