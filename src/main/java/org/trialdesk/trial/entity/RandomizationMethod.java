package org.trialdesk.trial.entity;

/** The randomization methods a trial can be configured with (docs/domain.md §3). */
public enum RandomizationMethod {
  SIMPLE,
  PERMUTED_BLOCK,
  MINIMIZATION,
  BIASED_COIN
}
