package org.trialdesk.trial.entity;

/**
 * How often a dose is given. {@link #perDay()} marks schedules whose dose is a daily amount,
 * printed as "… U/day".
 */
public enum Schedule {
  CONTINUOUS_INFUSION_DAILY(true),
  BOLUS_ONCE(false),
  BOLUS_WEEKLY(false),
  ONCE_DAILY(false),
  EVERY_TWO_WEEKS(false),
  EVERY_THREE_WEEKS(false);

  private final boolean perDay;

  Schedule(boolean perDay) {
    this.perDay = perDay;
  }

  public boolean perDay() {
    return perDay;
  }
}
