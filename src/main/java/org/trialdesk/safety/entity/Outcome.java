package org.trialdesk.safety.entity;

/** How an adverse event ended, or stands. */
public enum Outcome {
  RECOVERED,
  RECOVERING,
  NOT_RECOVERED,
  RECOVERED_WITH_SEQUELAE,
  FATAL,
  UNKNOWN
}
