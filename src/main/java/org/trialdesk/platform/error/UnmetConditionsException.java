package org.trialdesk.platform.error;

import java.util.List;

/**
 * A change the record's state does not allow yet because it is incomplete (a trial opened for
 * recruitment without its arms, sites or scheme): a conflict, with every unmet condition named at
 * once so that the caller can complete the record in one go.
 */
public class UnmetConditionsException extends ConflictException {

  /**
   * One unmet condition.
   *
   * @param code stable, for clients
   * @param field where the gap is, as a path in the record's document
   * @param messageKey the bundle key of its text
   */
  public record Condition(String code, String field, String messageKey, List<Object> arguments) {

    public Condition {
      arguments = List.copyOf(arguments);
    }
  }

  private final transient List<Condition> conditions;

  public UnmetConditionsException(
      String field, String messageKey, List<Condition> conditions, Object... arguments) {
    super(field, messageKey, arguments);
    this.conditions = List.copyOf(conditions);
  }

  public List<Condition> conditions() {
    return conditions;
  }
}
