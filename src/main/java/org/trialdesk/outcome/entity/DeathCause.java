package org.trialdesk.outcome.entity;

/** Why a subject died, as a code every reader sees in their own language. */
public enum DeathCause {
  DISEASE,
  TREATMENT,
  OTHER,
  UNKNOWN
}
