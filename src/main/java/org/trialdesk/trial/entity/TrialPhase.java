package org.trialdesk.trial.entity;

/** Clinical development phase. */
public enum TrialPhase {
  PHASE_1,
  PHASE_1_2,
  PHASE_2,
  PHASE_2_3,
  PHASE_3,
  PHASE_4
}
