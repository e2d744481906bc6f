package org.trialdesk.randomization.control;

/** Complete randomization: each subject independently, with probabilities equal to the ratio. */
public final class SimpleRandomization implements AllocationMethod {

  @Override
  public String algorithm() {
    return "SIMPLE";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public Decision decide(AllocationInput input) {
    double u = SeededDraws.of(input.seed(), "simple|" + input.sequence()).nextDouble();
    return new Decision(WeightedChoice.pick(input.arms(), u), input.block(), null, u);
  }
}
