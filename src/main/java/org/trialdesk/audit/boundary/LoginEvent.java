package org.trialdesk.audit.boundary;

/**
 * Something that happened to a login, for the audit trail, which observes it (the security
 * capability fires it). {@code username} is what was typed, which for a failure may name no
 * account; {@code address} is where a failure or a lockout came from (null when it does not
 * matter).
 */
public record LoginEvent(Kind kind, String username, String address) {

  public LoginEvent(Kind kind, String username) {
    this(kind, username, null);
  }

  /** What happened. */
  public enum Kind {
    LOGIN,
    LOGOUT,
    LOGIN_FAILED,
    LOCKOUT
  }
}
