package org.trialdesk.platform.error;

/** A value that Bean Validation cannot judge alone, e.g. a reference to an unknown site. */
public class InvalidInputException extends DomainException {

  public InvalidInputException(String field, String messageKey, Object... arguments) {
    super(field, messageKey, arguments);
  }
}
