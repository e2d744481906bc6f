package org.trialdesk.enrollment.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trialdesk.platform.validation.Refusal;
import org.trialdesk.trial.entity.StratificationFactor;
import org.trialdesk.trial.entity.Trial;

/**
 * What a registration must hold beyond its fields' own constraints (docs/domain.md, enrollment):
 * the birth year is not in the future; every eligibility answer names one of the trial's criteria
 * and says met or not met; the consent is not signed after today at the site; every factor is one
 * of the trial's with one of its levels, and the site factor is the registering site.
 */
public final class RegistrationRules {

  private RegistrationRules() {}

  /** A registration as the rules read it; answers, consent and factors may be missing. */
  public record Registration(
      String siteCode,
      int birthYear,
      Map<String, Boolean> eligibility,
      LocalDate consentSignedOn,
      Map<String, String> factors) {}

  /**
   * Every rule the registration breaks, in the order above. {@code currentYear} is the server's
   * year, {@code siteToday} today where the site is.
   */
  public static List<Refusal> check(
      Trial trial, Registration registration, int currentYear, LocalDate siteToday) {
    List<Refusal> refusals = new ArrayList<>();
    if (registration.birthYear() > currentYear) {
      refusals.add(Refusal.of("birthYear", "subject.birthYear.future"));
    }
    if (registration.eligibility() != null) {
      registration.eligibility().forEach((code, met) -> answer(trial, code, met, refusals));
    }
    if (registration.consentSignedOn() != null
        && registration.consentSignedOn().isAfter(siteToday)) {
      refusals.add(Refusal.of("consent.signedOn", "subject.consent.future", siteToday));
    }
    if (registration.factors() != null) {
      registration
          .factors()
          .forEach((code, level) -> factor(trial, registration.siteCode(), code, level, refusals));
    }
    return refusals;
  }

  private static void answer(Trial trial, String code, Boolean met, List<Refusal> refusals) {
    if (trial.getCriteria().stream().noneMatch(c -> c.getCode().equals(code))) {
      refusals.add(Refusal.of("eligibility." + code, "subject.criterion.unknown"));
    } else if (met == null) {
      refusals.add(Refusal.of("eligibility." + code, "subject.criterion.unanswered"));
    }
  }

  private static void factor(
      Trial trial, String siteCode, String code, String level, List<Refusal> refusals) {
    Optional<StratificationFactor> factor =
        trial.getFactors().stream().filter(f -> f.getCode().equals(code)).findFirst();
    if (factor.isEmpty()) {
      refusals.add(Refusal.of("factors." + code, "subject.factor.unknown"));
    } else if (factor.get().isSite()) {
      if (!siteCode.equals(level)) {
        refusals.add(Refusal.of("factors." + code, "subject.factor.siteMismatch"));
      }
    } else if (factor.get().getLevels().stream().noneMatch(l -> l.getCode().equals(level))) {
      refusals.add(
          Refusal.of(
              "factors." + code,
              "subject.factor.unknownLevel",
              level,
              factor.get().getLevels().stream().map(l -> l.getCode()).toList()));
    }
  }
}
