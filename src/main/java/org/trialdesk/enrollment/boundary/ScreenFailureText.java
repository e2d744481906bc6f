package org.trialdesk.enrollment.boundary;

import java.util.List;
import java.util.Locale;
import org.trialdesk.enrollment.control.EligibilityCheck;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.enrollment.entity.SubjectStatus;
import org.trialdesk.platform.i18n.Messages;
import org.trialdesk.trial.entity.EligibilityCriterion;

/**
 * Why a subject failed screening, in the reader's language: the failed criteria, from the stored
 * answers (a Japanese page and an English monitor read the same record each in their own words),
 * then the reason the site typed, as typed.
 */
public final class ScreenFailureText {

  private ScreenFailureText() {}

  /** The text, or null for a subject that did not fail screening. */
  public static String of(Subject subject, List<EligibilityCriterion> criteria, Locale locale) {
    if (subject.getStatus() != SubjectStatus.SCREEN_FAILED) {
      return subject.getScreenFailureReason();
    }
    List<String> failed = EligibilityCheck.of(subject, criteria).failed();
    String given = subject.getScreenFailureReason();
    if (failed.isEmpty()) {
      return given;
    }
    String why =
        Messages.format(locale, "subject.screenFailure.criteria", String.join(", ", failed));
    return given == null || given.isBlank() ? why : why + " — " + given;
  }
}
