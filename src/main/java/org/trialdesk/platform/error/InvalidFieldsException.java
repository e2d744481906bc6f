package org.trialdesk.platform.error;

import java.util.List;

/**
 * A request refused for the values of its fields, all of them named at once. Messages are already
 * in the caller's language.
 */
public class InvalidFieldsException extends RuntimeException {

  private final transient List<FieldError> errors;

  public InvalidFieldsException(List<FieldError> errors) {
    super(errors.toString());
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
