package org.trialdesk.platform.error;

import java.util.Arrays;

/**
 * A refusal the user can act on. It carries a bundle key (not a text) so that pages and the REST
 * API show it in the caller's language, and the field it is about, when there is one.
 */
public abstract class DomainException extends RuntimeException {

  private final String field;
  private final String messageKey;
  private final transient Object[] arguments;

  protected DomainException(String field, String messageKey, Object... arguments) {
    super(messageKey + Arrays.toString(arguments));
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  /** The offending field as a path in the request document, or {@code null}. */
  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
