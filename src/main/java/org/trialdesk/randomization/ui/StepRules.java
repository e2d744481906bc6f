package org.trialdesk.randomization.ui;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.trialdesk.enrollment.control.RegistrationRules;
import org.trialdesk.platform.validation.Refusal;
import org.trialdesk.trial.entity.Trial;

/**
 * The registration rules that concern one wizard step's fields, checked as the step is left: the
 * same rules the service applies at the end, so that nothing passes a step only to be refused at
 * "Randomize".
 */
final class StepRules {

  private StepRules() {}

  static List<Refusal> refusals(
      WizardStep step, EnrollmentForm form, Trial trial, Year thisYear, LocalDate siteToday) {
    return RegistrationRules.check(
        trial,
        new RegistrationRules.Registration(
            form.getSiteCode(),
            step == WizardStep.REGISTER && form.getBirthYear() != null
                ? form.getBirthYear()
                : Year.MIN_VALUE,
            null,
            step == WizardStep.CONSENT ? form.getConsentSignedOn() : null,
            null),
        thisYear.getValue(),
        siteToday);
  }
}
