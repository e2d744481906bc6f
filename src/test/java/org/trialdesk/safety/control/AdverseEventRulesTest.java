package org.trialdesk.safety.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trialdesk.platform.validation.Refusal;
import org.trialdesk.safety.control.AdverseEventRules.Checked;
import org.trialdesk.safety.control.AdverseEventRules.Circumstances;
import org.trialdesk.safety.control.AdverseEventRules.Entry;
import org.trialdesk.safety.entity.ActionTaken;
import org.trialdesk.safety.entity.AgentAssessment;
import org.trialdesk.safety.entity.CtcaeTerm;
import org.trialdesk.safety.entity.Seriousness;

/** Each rule of {@link AdverseEventRules} on its own, and what a sound entry becomes. */
class AdverseEventRulesTest {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
  private static final Instant NOW = Instant.parse("2026-12-03T03:00:00Z");
  private static final LocalDate CONSENT = LocalDate.of(2026, 11, 1);
  private static final LocalDate ONSET = LocalDate.of(2026, 11, 20);

  private static final CtcaeTerm NEUTROPENIA =
      term("Febrile neutropenia", null, null, "c", "d", "e");
  private static final CtcaeTerm NAUSEA = term("Nausea", "a", "b", "c", null, null);
  private static final CtcaeTerm OTHER =
      term("GI disorders - Other, specify", "a", "b", "c", "d", "e");

  private final Circumstances at =
      new Circumstances(NOW, TODAY, TOKYO, "OSK-001", CONSENT, List.of("IL-2", "MMC"), List.of());

  private static CtcaeTerm term(String name, String... grades) {
    CtcaeTerm term = new CtcaeTerm(1);
    term.describe("SOC", name, Arrays.asList(grades), null, "TEST");
    return term;
  }

  private static Entry entry(int grade, String outcome, List<String> seriousness) {
    return new Entry(
        grade,
        null,
        ONSET,
        null,
        seriousness,
        Map.of("IL-2", "POSSIBLE", "MMC", "UNLIKELY"),
        Map.of("IL-2", "DOSE_REDUCED"),
        null,
        outcome,
        null,
        null);
  }

  private static Entry with(Entry e, LocalDate onset, LocalDate resolution) {
    return new Entry(
        e.grade(),
        e.verbatim(),
        onset,
        resolution,
        e.seriousness(),
        e.attribution(),
        e.action(),
        e.expected(),
        e.outcome(),
        e.siteAwareAt(),
        e.reportedAt());
  }

  private static Entry serious(Entry e, Instant aware, Instant reported, Boolean expected) {
    return new Entry(
        e.grade(),
        e.verbatim(),
        e.onsetDate(),
        e.resolutionDate(),
        e.seriousness(),
        e.attribution(),
        e.action(),
        expected,
        e.outcome(),
        aware,
        reported);
  }

  private static Entry attributed(Entry e, Map<String, String> attribution) {
    return new Entry(
        e.grade(),
        e.verbatim(),
        e.onsetDate(),
        e.resolutionDate(),
        e.seriousness(),
        attribution,
        Map.of(),
        e.expected(),
        e.outcome(),
        e.siteAwareAt(),
        e.reportedAt());
  }

  private List<Refusal> refusals(CtcaeTerm term, Entry entry) {
    return AdverseEventRules.check(term, entry, at).refusals();
  }

  private static List<String> fields(List<Refusal> refusals) {
    return refusals.stream().map(r -> r.field() + " " + r.key()).toList();
  }

  @Test
  void aSoundEntryBecomesItsReport() {
    Checked checked = AdverseEventRules.check(NAUSEA, entry(2, "RECOVERING", List.of()), at);
    assertThat(checked.refusals()).isEmpty();
    assertThat(checked.report().grade()).isEqualTo(2);
    assertThat(checked.report().agents())
        .extracting(AgentAssessment::getAgent, AgentAssessment::getActionTaken)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("IL-2", ActionTaken.DOSE_REDUCED),
            org.assertj.core.groups.Tuple.tuple("MMC", ActionTaken.NONE));
  }

  @Test
  void theGradeIsOneTheTermDefines() {
    assertThat(fields(refusals(NAUSEA, entry(4, "RECOVERING", List.of()))))
        .containsExactly("grade ae.grade.invalid");
    assertThat(fields(refusals(NEUTROPENIA, entry(2, "RECOVERING", List.of()))))
        .containsExactly("grade ae.grade.invalid");
  }

  @Test
  void otherSpecifyNeedsTheVerbatimTerm() {
    assertThat(fields(refusals(OTHER, entry(1, "RECOVERING", List.of()))))
        .containsExactly("verbatim ae.verbatim.required");
  }

  @Test
  void onsetIsNeitherInTheFutureNorBeforeConsent() {
    Entry entry = entry(1, "RECOVERING", List.of());
    assertThat(fields(refusals(NAUSEA, with(entry, TODAY.plusDays(1), null))))
        .containsExactly("onsetDate ae.date.future");
    assertThat(fields(refusals(NAUSEA, with(entry, CONSENT.minusDays(1), null))))
        .containsExactly("onsetDate ae.onset.beforeConsent");
    assertThat(refusals(NAUSEA, with(entry, TODAY, null))).isEmpty();
    assertThat(refusals(NAUSEA, with(entry, CONSENT, null))).isEmpty();
  }

  @Test
  void withoutConsentThereIsNothingToLog() {
    Circumstances unconsented =
        new Circumstances(NOW, TODAY, TOKYO, "OSK-001", null, List.of("IL-2", "MMC"), List.of());
    assertThat(
            fields(
                AdverseEventRules.check(NAUSEA, entry(1, "RECOVERING", List.of()), unconsented)
                    .refusals()))
        .containsExactly("onsetDate ae.onset.noConsent");
  }

  @Test
  void resolutionIsNeitherBeforeOnsetNorInTheFuture() {
    Entry entry = entry(1, "RECOVERED", List.of());
    assertThat(fields(refusals(NAUSEA, with(entry, ONSET, ONSET.minusDays(1)))))
        .containsExactly("resolutionDate ae.resolution.beforeOnset");
    assertThat(fields(refusals(NAUSEA, with(entry, ONSET, TODAY.plusDays(1)))))
        .containsExactly("resolutionDate ae.date.future");
    assertThat(refusals(NAUSEA, with(entry, ONSET, ONSET))).isEmpty();
  }

  @Test
  void gradeFiveDeathAndAFatalOutcomeAgree() {
    Instant aware = Instant.parse("2026-11-21T00:00:00Z");
    assertThat(
            fields(
                refusals(
                    NEUTROPENIA,
                    serious(entry(5, "NOT_RECOVERED", List.of()), aware, null, false))))
        .containsExactly("outcome ae.outcome.mustBeFatal");
    assertThat(
            fields(
                refusals(
                    NEUTROPENIA,
                    serious(entry(4, "NOT_RECOVERED", List.of("DEATH")), aware, null, false))))
        .containsExactly("outcome ae.outcome.mustBeFatal");
    assertThat(
            fields(
                refusals(
                    NEUTROPENIA,
                    serious(entry(4, "FATAL", List.of("HOSPITALIZATION")), aware, null, false))))
        .containsExactly("outcome ae.outcome.fatalNeedsGrade5");
  }

  @Test
  void gradeFiveSetsTheDeathCriterion() {
    Instant aware = Instant.parse("2026-11-21T00:00:00Z");
    Checked checked =
        AdverseEventRules.check(
            NEUTROPENIA, serious(entry(5, "FATAL", List.of()), aware, null, false), at);
    assertThat(checked.refusals()).isEmpty();
    assertThat(checked.report().seriousness()).containsExactly(Seriousness.DEATH);
  }

  @Test
  void aSeriousEventNeedsWhenTheSiteLearntOfItAndWhetherExpected() {
    assertThat(fields(refusals(NEUTROPENIA, entry(3, "RECOVERING", List.of("HOSPITALIZATION")))))
        .containsExactly("siteAwareAt ae.siteAware.required", "expected ae.expected.required");
    assertThat(refusals(NAUSEA, entry(3, "RECOVERING", List.of()))).isEmpty();
    // Seriousness is the criteria, not the grade: a grade 4 event without one starts no clock.
    assertThat(refusals(NEUTROPENIA, entry(4, "NOT_RECOVERED", List.of()))).isEmpty();
  }

  @Test
  void awarenessAndReportAreInOrderAndNotInTheFuture() {
    Entry base = entry(3, "RECOVERING", List.of("HOSPITALIZATION"));
    // Onset 20 November in Tokyo; 19 November 16:00 UTC is already the 20th there.
    assertThat(
            refusals(NEUTROPENIA, serious(base, Instant.parse("2026-11-19T16:00:00Z"), null, true)))
        .isEmpty();
    assertThat(
            fields(
                refusals(
                    NEUTROPENIA, serious(base, Instant.parse("2026-11-19T14:00:00Z"), null, true))))
        .containsExactly("siteAwareAt ae.siteAware.beforeOnset");
    assertThat(fields(refusals(NEUTROPENIA, serious(base, NOW.plusSeconds(60), null, true))))
        .containsExactly("siteAwareAt ae.instant.future");
    Instant aware = Instant.parse("2026-11-21T00:00:00Z");
    assertThat(fields(refusals(NEUTROPENIA, serious(base, aware, aware.minusSeconds(1), true))))
        .containsExactly("reportedAt ae.reported.beforeAware");
    assertThat(fields(refusals(NEUTROPENIA, serious(base, aware, NOW.plusSeconds(60), true))))
        .containsExactly("reportedAt ae.instant.future");
  }

  @Test
  void everyAgentOfTheRegimenIsAttributedAndNoOther() {
    Entry base = entry(1, "RECOVERING", List.of());
    assertThat(fields(refusals(NAUSEA, attributed(base, Map.of()))))
        .containsExactly(
            "attribution.IL-2 ae.attribution.missing", "attribution.MMC ae.attribution.missing");
    assertThat(
            fields(
                refusals(
                    NAUSEA,
                    attributed(
                        base, Map.of("IL-2", "POSSIBLE", "MMC", "UNLIKELY", "5-FU", "PROBABLE")))))
        .containsExactly("attribution.5-FU ae.attribution.unknownAgent");
  }

  @Test
  void agentsAssessedBeforeStayAssessableButNeedNoAnswer() {
    Circumstances unblinded =
        new Circumstances(NOW, TODAY, TOKYO, "OSK-001", CONSENT, List.of("MMC"), List.of("IL-2"));
    Entry base = entry(1, "RECOVERING", List.of());
    assertThat(
            AdverseEventRules.check(
                    NAUSEA,
                    attributed(base, Map.of("MMC", "UNLIKELY", "IL-2", "POSSIBLE")),
                    unblinded)
                .refusals())
        .isEmpty();
    assertThat(
            AdverseEventRules.check(NAUSEA, attributed(base, Map.of("MMC", "UNLIKELY")), unblinded)
                .refusals())
        .isEmpty();
  }
}
