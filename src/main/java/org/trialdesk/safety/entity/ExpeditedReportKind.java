package org.trialdesk.safety.entity;

/** The sponsor's two expedited reports of a SUSAR: the first, and the follow-up of a grave one. */
public enum ExpeditedReportKind {
  INITIAL,
  FOLLOW_UP
}
