package org.trialdesk.enrollment.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trialdesk.enrollment.control.RegistrationRules.Registration;
import org.trialdesk.platform.validation.Refusal;
import org.trialdesk.trial.entity.CriterionType;
import org.trialdesk.trial.entity.EligibilityCriterion;
import org.trialdesk.trial.entity.StratificationFactor;
import org.trialdesk.trial.entity.Trial;
import org.trialdesk.trial.entity.TrialPhase;

class RegistrationRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
  private static final int YEAR = 2026;

  private final Trial trial =
      new Trial("T1", "A trial", TrialPhase.PHASE_3, 100)
          .withFactor(new StratificationFactor(StratificationFactor.SITE, "Site"))
          .withFactor(
              new StratificationFactor("resectability", "Resectability")
                  .level("RESECTED", "Resected")
                  .level("UNRESECTABLE", "Unresectable"))
          .withCriterion(new EligibilityCriterion("I1", CriterionType.INCLUSION, "Adenocarcinoma"))
          .withCriterion(new EligibilityCriterion("E1", CriterionType.EXCLUSION, "Extrahepatic"));

  private static Registration registration(
      int birthYear, Map<String, Boolean> answers, LocalDate consent, Map<String, String> factors) {
    return new Registration("OSK", birthYear, answers, consent, factors);
  }

  private List<Refusal> check(Registration registration) {
    return RegistrationRules.check(trial, registration, YEAR, TODAY);
  }

  @Test
  void aSoundRegistrationPasses() {
    assertThat(
            check(
                registration(
                    1950,
                    Map.of("I1", true, "E1", false),
                    TODAY,
                    Map.of("site", "OSK", "resectability", "RESECTED"))))
        .isEmpty();
  }

  @Test
  void screeningMayBeIncomplete() {
    assertThat(check(registration(1950, null, null, null))).isEmpty();
  }

  @Test
  void aBirthYearAfterThisYearIsRefusedThisYearIsNot() {
    assertThat(check(registration(YEAR + 1, null, null, null)))
        .containsExactly(Refusal.of("birthYear", "subject.birthYear.future"));
    assertThat(check(registration(YEAR, null, null, null))).isEmpty();
  }

  @Test
  void anAnswerMustNameACriterionAndSayMetOrNot() {
    java.util.HashMap<String, Boolean> answers = new java.util.HashMap<>();
    answers.put("I9", true);
    answers.put("E1", null);
    assertThat(check(registration(1950, answers, null, null)))
        .containsExactlyInAnyOrder(
            Refusal.of("eligibility.I9", "subject.criterion.unknown"),
            Refusal.of("eligibility.E1", "subject.criterion.unanswered"));
  }

  @Test
  void consentSignedAfterTodayAtTheSiteIsRefusedTodayIsNot() {
    assertThat(check(registration(1950, null, TODAY.plusDays(1), null)))
        .containsExactly(Refusal.of("consent.signedOn", "subject.consent.future", TODAY));
    assertThat(check(registration(1950, null, TODAY, null))).isEmpty();
  }

  @Test
  void aFactorMustBeTheTrialsWithOneOfItsLevels() {
    assertThat(check(registration(1950, null, null, Map.of("stage", "II"))))
        .containsExactly(Refusal.of("factors.stage", "subject.factor.unknown"));
    assertThat(check(registration(1950, null, null, Map.of("resectability", "MAYBE"))))
        .containsExactly(
            Refusal.of(
                "factors.resectability",
                "subject.factor.unknownLevel",
                "MAYBE",
                List.of("RESECTED", "UNRESECTABLE")));
  }

  @Test
  void theSiteFactorIsTheRegisteringSite() {
    assertThat(check(registration(1950, null, null, Map.of("site", "KOB"))))
        .containsExactly(Refusal.of("factors.site", "subject.factor.siteMismatch"));
  }

  @Test
  void everyBrokenRuleIsReportedAtOnce() {
    assertThat(
            check(
                registration(
                    YEAR + 5, Map.of("X", true), TODAY.plusDays(3), Map.of("site", "KOB"))))
        .extracting(Refusal::field)
        .containsExactly("birthYear", "eligibility.X", "consent.signedOn", "factors.site");
  }
}
