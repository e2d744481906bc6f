package org.trialdesk.safety.entity;

/** How likely an agent caused an adverse event, from unrelated to definite. */
public enum Attribution {
  UNRELATED,
  UNLIKELY,
  POSSIBLE,
  PROBABLE,
  DEFINITE;

  /** Possible or stronger: a suspected adverse reaction. */
  public boolean suspected() {
    return compareTo(POSSIBLE) >= 0;
  }
}
