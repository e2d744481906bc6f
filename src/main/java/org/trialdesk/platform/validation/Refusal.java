package org.trialdesk.platform.validation;

import java.util.List;

/**
 * A rule's answer that a request cannot be accepted: the field at fault (a path in the request
 * document) and the bundle key of the message with its arguments. Clinical rules return these as
 * plain data; the boundary turns them into messages in the caller's language ({@link
 * ConstraintCheck#refuse}).
 */
public record Refusal(String field, String key, List<Object> arguments) {

  public Refusal {
    arguments = List.copyOf(arguments);
  }

  public static Refusal of(String field, String key, Object... arguments) {
    return new Refusal(field, key, List.of(arguments));
  }
}
