package org.trialdesk.trial.entity;

/** The three lists of the regimen vocabulary. */
public enum RegimenTermKind {
  ROUTE,
  UNIT,
  SCHEDULE
}
