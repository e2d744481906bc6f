package org.trialdesk.randomization.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trialdesk.enrollment.entity.EligibilityAnswer;
import org.trialdesk.enrollment.entity.Sex;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.enrollment.entity.SubjectStatus;
import org.trialdesk.platform.validation.Refusal;
import org.trialdesk.site.entity.Site;
import org.trialdesk.site.entity.TrialParticipation;
import org.trialdesk.trial.entity.CriterionType;
import org.trialdesk.trial.entity.EligibilityCriterion;
import org.trialdesk.trial.entity.ParticipationStatus;
import org.trialdesk.trial.entity.StratificationFactor;
import org.trialdesk.trial.entity.Trial;
import org.trialdesk.trial.entity.TrialPhase;
import org.trialdesk.trial.entity.TrialStatus;

/** Each condition of {@link Readiness} on its own, from a subject ready to be randomized. */
class ReadinessTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
  private static final Instant NOW = Instant.parse("2026-12-03T01:00:00Z");

  private Trial trial;
  private TrialParticipation participation;
  private Subject subject;

  @BeforeEach
  void aReadySubject() {
    trial =
        new Trial("T1", "A trial", TrialPhase.PHASE_3, 100)
            .withFactor(
                new StratificationFactor("resectability", "Resectability")
                    .level("RESECTED", "Resected"))
            .withCriterion(new EligibilityCriterion("I1", CriterionType.INCLUSION, "In"))
            .withCriterion(new EligibilityCriterion("E1", CriterionType.EXCLUSION, "Out"));
    trial.changeStatus(TrialStatus.RECRUITING);
    Site site = new Site("OSK", "Osaka", "Osaka", "JP", "Asia/Tokyo");
    participation = new TrialParticipation(trial, site);
    participation.changeStatus(ParticipationStatus.ACTIVE, TODAY);
    subject = new Subject(trial, site, "OSK-001", "S1", "AB", 1950, Sex.F, "c", NOW);
    subject.answer(new EligibilityAnswer("I1", true, "c", NOW));
    subject.answer(new EligibilityAnswer("E1", false, "c", NOW));
    subject.consent("v1", TODAY);
    subject.setFactor("resectability", "RESECTED");
  }

  private Optional<String> problem() {
    return Readiness.problem(trial, participation, subject, TODAY)
        .map(r -> r.field() + " " + r.key());
  }

  @Test
  void aReadySubjectMayBeRandomized() {
    assertThat(problem()).isEmpty();
  }

  @Test
  void theTrialMustRecruit() {
    trial.changeStatus(TrialStatus.CLOSED_TO_ACCRUAL);
    assertThat(problem()).contains("null randomization.notRecruiting");
  }

  @Test
  void theSiteMustBeActive() {
    participation.changeStatus(ParticipationStatus.SUSPENDED, TODAY);
    assertThat(problem()).contains("siteCode randomization.siteInactive");
  }

  @Test
  void theSubjectMustStillBeInScreening() {
    subject.randomized();
    assertThat(subject.getStatus()).isNotEqualTo(SubjectStatus.SCREENING);
    assertThat(problem()).contains("status randomization.notScreening");
  }

  @Test
  void everyCriterionAnsweredAndNoneExcluding() {
    subject.answer(new EligibilityAnswer("E1", true, "c", NOW));
    assertThat(problem()).contains("eligibility randomization.eligibilityOpen");
  }

  @Test
  void consentSignedAndNotAfterTodayAtTheSite() {
    subject.consent("v1", TODAY.plusDays(1));
    assertThat(problem()).contains("consent.signedOn randomization.consentAfter");
  }

  @Test
  void everyFactorHasALevel() {
    subject.setFactor("resectability", null);
    Optional<Refusal> refusal = Readiness.problem(trial, participation, subject, TODAY);
    assertThat(refusal.map(Refusal::field)).contains("factors.resectability");
  }
}
