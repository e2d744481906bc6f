package org.trialdesk.outcome.entity;

/** The non-target lesions at a time point, judged as a whole. */
public enum NonTargetStatus {
  /** All gone, nodes normal. */
  CR,
  /** Persisting, without unequivocal progression. */
  NON_CR_NON_PD,
  /** Unequivocal progression. */
  PD,
  /** Not all evaluated. */
  NE
}
