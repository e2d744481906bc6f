package org.trialdesk.outcome.entity;

/** Where disease came back after resection: in the remaining liver, elsewhere, or both. */
public enum RecurrenceLocation {
  RESIDUAL_LIVER,
  EXTRAHEPATIC,
  BOTH
}
