package org.trialdesk.platform.error;

/**
 * The request is well-formed but clashes with the current state (duplicate code, illegal
 * transition).
 */
public class ConflictException extends DomainException {

  public ConflictException(String field, String messageKey, Object... arguments) {
    super(field, messageKey, arguments);
  }
}
