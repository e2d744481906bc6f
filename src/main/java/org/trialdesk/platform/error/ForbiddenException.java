package org.trialdesk.platform.error;

/** The caller is known but their role does not allow this (a monitor trying to write). */
public class ForbiddenException extends DomainException {

  public ForbiddenException() {
    super(null, "problem.forbidden");
  }

  /** Refused for a reason the caller should be told, e.g. a token may not make another. */
  public ForbiddenException(String messageKey) {
    super(null, messageKey);
  }
}
