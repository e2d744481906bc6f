package org.trialdesk.randomization.control;

import java.time.LocalDate;
import java.util.Optional;
import org.trialdesk.enrollment.control.EligibilityCheck;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.enrollment.entity.SubjectStatus;
import org.trialdesk.platform.validation.Refusal;
import org.trialdesk.site.entity.TrialParticipation;
import org.trialdesk.trial.entity.StratificationFactor;
import org.trialdesk.trial.entity.Trial;
import org.trialdesk.trial.entity.TrialStatus;

/**
 * Whether a subject may be randomized now (docs/domain.md, enrollment and randomization): the trial
 * recruits, the site's participation is active, the subject is still in screening, every criterion
 * is answered and none excludes, consent is signed and not after today at the site, and every
 * stratification factor has a level. The first problem found is the answer.
 */
public final class Readiness {

  private Readiness() {}

  public static Optional<Refusal> problem(
      Trial trial, TrialParticipation participation, Subject subject, LocalDate siteToday) {
    if (trial.getStatus() != TrialStatus.RECRUITING) {
      return refused(null, "randomization.notRecruiting", trial.getCode(), trial.getStatus());
    }
    if (!participation.isActive()) {
      return refused(
          "siteCode",
          "randomization.siteInactive",
          participation.getSite().getCode(),
          participation.getStatus());
    }
    if (subject.getStatus() != SubjectStatus.SCREENING) {
      return refused(
          "status", "randomization.notScreening", subject.getSubjectId(), subject.getStatus());
    }
    EligibilityCheck.Outcome eligibility = EligibilityCheck.of(subject);
    if (!eligibility.eligible()) {
      return refused("eligibility", "randomization.eligibilityOpen", eligibility.unanswered());
    }
    if (subject.getConsentSignedOn() == null) {
      return refused("consent", "randomization.noConsent");
    }
    if (subject.getConsentSignedOn().isAfter(siteToday)) {
      return refused(
          "consent.signedOn", "randomization.consentAfter", subject.getConsentSignedOn());
    }
    for (StratificationFactor factor : trial.getFactors()) {
      if (subject.getFactors().get(factor.getCode()) == null) {
        return refused(
            "factors." + factor.getCode(), "randomization.factorMissing", factor.getName());
      }
    }
    return Optional.empty();
  }

  private static Optional<Refusal> refused(String field, String key, Object... arguments) {
    return Optional.of(Refusal.of(field, key, arguments));
  }
}
