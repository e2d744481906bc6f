package org.trialdesk.analysis.control;

/** One subject's time from the origin (randomization) to the event, or to censoring. */
public record SurvivalTime(double time, boolean event) {

  public SurvivalTime {
    if (!(time >= 0)) {
      throw new IllegalArgumentException("A survival time is never negative: " + time);
    }
  }

  public static SurvivalTime event(double time) {
    return new SurvivalTime(time, true);
  }

  public static SurvivalTime censored(double time) {
    return new SurvivalTime(time, false);
  }
}
