package org.trialdesk.platform.error;

/** The record asked for does not exist (or, later, is not visible to the caller). */
public class NotFoundException extends DomainException {

  public NotFoundException(String messageKey, Object... arguments) {
    super(null, messageKey, arguments);
  }
}
