package org.trialdesk.outcome.entity;

/** Whether the subject was alive at a follow-up contact. */
public enum VitalStatus {
  ALIVE,
  DEAD
}
