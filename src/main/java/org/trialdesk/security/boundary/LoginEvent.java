package org.trialdesk.security.boundary;

/**
 * Something that happened to a login, for whoever keeps track (the audit trail observes it). {@code
 * username} is what was typed, which for a failure may name no account.
 */
public record LoginEvent(Kind kind, String username) {

  /** What happened. */
  public enum Kind {
    LOGIN,
    LOGOUT,
    LOGIN_FAILED,
    LOCKOUT
  }
}
