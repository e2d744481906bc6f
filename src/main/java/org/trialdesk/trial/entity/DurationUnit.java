package org.trialdesk.trial.entity;

/** Unit of a treatment duration. */
public enum DurationUnit {
  DAYS,
  WEEKS,
  MONTHS
}
