package org.trialdesk.enrollment.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.trial.entity.CriterionType;
import org.trialdesk.trial.entity.EligibilityCriterion;

/**
 * Reads a subject's answers against the trial's criteria: a subject is eligible when every
 * inclusion criterion is met and no exclusion criterion is.
 */
public final class EligibilityCheck {

  private EligibilityCheck() {}

  /** The outcome: criteria not yet answered, and criteria that make the subject ineligible. */
  public record Outcome(List<String> unanswered, List<String> failed) {

    public boolean eligible() {
      return unanswered.isEmpty() && failed.isEmpty();
    }

    public boolean screenFailure() {
      return !failed.isEmpty();
    }
  }

  /** The criteria a subject has not answered, or answered so as to be ineligible. */
  public static Outcome of(Subject subject) {
    return of(subject, subject.getTrial().getCriteria());
  }

  /** The same, against {@code criteria} a caller has at hand (a page outside a transaction). */
  public static Outcome of(Subject subject, List<EligibilityCriterion> criteria) {
    Map<String, Boolean> answers = new HashMap<>();
    subject.getEligibility().forEach(a -> answers.put(a.getCriterionCode(), a.isMet()));
    return of(criteria, answers);
  }

  /** {@code answers}: criterion code → whether it is met. */
  public static Outcome of(List<EligibilityCriterion> criteria, Map<String, Boolean> answers) {
    List<String> unanswered = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (EligibilityCriterion criterion : criteria) {
      Boolean met = answers.get(criterion.getCode());
      if (met == null) {
        unanswered.add(criterion.getCode());
      } else if (met != (criterion.getType() == CriterionType.INCLUSION)) {
        failed.add(criterion.getCode());
      }
    }
    return new Outcome(unanswered, failed);
  }

  /** The longest screen-failure reason a subject keeps. */
  public static final int REASON_LENGTH = 1000;

  /**
   * The reason a site gave for a screen failure, cut to what a subject keeps. The failed criteria
   * are not written into it: they are the subject's answers, shown in each reader's language.
   */
  public static String keptReason(String given) {
    return given == null || given.length() <= REASON_LENGTH
        ? given
        : given.substring(0, REASON_LENGTH);
  }
}
