package org.trialdesk.trial.entity;

/** The shape of the short codes that scripts and subject ids rely on. */
public final class Codes {

  /** Letters, digits and inner hyphens or underscores, starting with a letter or digit: IL2-HAI. */
  public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]*";

  private Codes() {}
}
