package org.trialdesk.platform.security;

/**
 * Asks the caller's password again, as an electronic signature does. The security capability
 * implements it; the audit trail's signatures use it without knowing how accounts are stored.
 */
public interface PasswordConfirmation {

  /** The account's printed name when {@code password} is its password, else {@code null}. */
  String printedNameIfCorrect(String username, String password);
}
