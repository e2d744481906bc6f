package org.trialdesk.trial.entity;

/** An inclusion criterion must be met, an exclusion criterion must not be. */
public enum CriterionType {
  INCLUSION,
  EXCLUSION
}
