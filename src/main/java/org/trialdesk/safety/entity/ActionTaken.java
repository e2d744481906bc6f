package org.trialdesk.safety.entity;

/** What was done with one agent because of an adverse event. */
public enum ActionTaken {
  NONE,
  DOSE_REDUCED,
  INTERRUPTED,
  WITHDRAWN
}
