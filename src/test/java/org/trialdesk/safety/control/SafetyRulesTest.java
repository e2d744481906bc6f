package org.trialdesk.safety.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trialdesk.safety.entity.Attribution;
import org.trialdesk.safety.entity.CtcaeTerm;
import org.trialdesk.safety.entity.Seriousness;

class SafetyRulesTest {

  private static final ZoneId UTC = ZoneOffset.UTC;

  private static CtcaeTerm term(
      String name, String g1, String g2, String g3, String g4, String g5) {
    CtcaeTerm term = new CtcaeTerm(1);
    term.describe("SOC", name, java.util.Arrays.asList(g1, g2, g3, g4, g5), null, "TEST");
    return term;
  }

  @Test
  void validGradesFollowTheDictionary() {
    assertThat(term("Nausea", "a", "b", "c", null, null).validGrades()).containsExactly(1, 2, 3);
    assertThat(term("Death NOS", null, null, null, null, "d").validGrades()).containsExactly(5);
    assertThat(term("Febrile neutropenia", null, null, "c", "d", "e").validGrades())
        .containsExactly(3, 4, 5);
    assertThat(term("GI disorders - Other, specify", "a", "b", "c", "d", "e").isOtherSpecify())
        .isTrue();
  }

  @Test
  void seriousnessIsSeparateFromGradeExceptForDeath() {
    assertThat(SaeClock.serious(Set.of(), 3)).isFalse();
    assertThat(SaeClock.serious(Set.of(Seriousness.HOSPITALIZATION), 1)).isTrue();
    assertThat(SaeClock.serious(Set.of(), 5)).isTrue();
  }

  @Test
  void theSaeClockRunsInUtcFromTheSiteAwareness() {
    Instant aware = Instant.parse("2026-02-01T22:30:00Z");
    Instant due = SaeClock.sponsorReportDueAt(aware, 24);
    assertThat(due).isEqualTo(Instant.parse("2026-02-02T22:30:00Z"));
    // Shown in Tokyo, the same instant is the next morning.
    assertThat(due.atZone(ZoneId.of("Asia/Tokyo")).toLocalDateTime().toString())
        .isEqualTo("2026-02-03T07:30");
    assertThat(SaeClock.overdue(due, null, Instant.parse("2026-02-02T22:30:01Z"))).isTrue();
    assertThat(SaeClock.overdue(due, null, Instant.parse("2026-02-02T22:29:59Z"))).isFalse();
    assertThat(SaeClock.overdue(due, Instant.parse("2026-02-02T10:00:00Z"), Instant.MAX)).isFalse();
    assertThat(SaeClock.overdue(due, Instant.parse("2026-02-03T10:00:00Z"), Instant.MIN))
        .as("reported late stays late")
        .isTrue();
  }

  @Test
  void theReportStatusSaysWhetherTheSiteReportedAndWhetherInTime() {
    Instant due = Instant.parse("2026-02-02T22:30:00Z");
    Instant before = due.minusSeconds(60);
    Instant after = due.plusSeconds(60);
    assertThat(SaeClock.status(due, null, before)).isEqualTo(SaeClock.ReportStatus.PENDING);
    assertThat(SaeClock.status(due, null, after)).isEqualTo(SaeClock.ReportStatus.OVERDUE);
    assertThat(SaeClock.status(due, before, after))
        .isEqualTo(SaeClock.ReportStatus.REPORTED_ON_TIME);
    assertThat(SaeClock.status(due, due, after))
        .as("reported at the very deadline is in time")
        .isEqualTo(SaeClock.ReportStatus.REPORTED_ON_TIME);
    assertThat(SaeClock.status(due, after, after.plusSeconds(3600)))
        .isEqualTo(SaeClock.ReportStatus.REPORTED_LATE);
  }

  @Test
  void aSusarIsSeriousUnexpectedAndSuspected() {
    List<Attribution> possible = List.of(Attribution.UNRELATED, Attribution.POSSIBLE);
    List<Attribution> unlikely = List.of(Attribution.UNLIKELY, Attribution.UNRELATED);
    assertThat(SaeClock.susar(true, false, possible)).isTrue();
    assertThat(SaeClock.susar(true, true, possible)).as("expected").isFalse();
    assertThat(SaeClock.susar(false, false, possible)).as("not serious").isFalse();
    assertThat(SaeClock.susar(true, false, unlikely)).as("not suspected").isFalse();
    assertThat(SaeClock.susar(true, null, possible)).as("expectedness unknown").isFalse();
  }

  @Test
  void expeditedReportsAreDueSevenDaysWhenFatalOrLifeThreateningElseFifteen() {
    Instant aware = Instant.parse("2026-03-01T13:00:00Z");
    Instant reported = Instant.parse("2026-03-02T01:00:00Z");
    SaeClock.Expedited grave =
        SaeClock.expedited(EnumSet.of(Seriousness.LIFE_THREATENING), 4, aware, reported, UTC);
    assertThat(grave.dueOn()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(grave.followUpDueOn()).isEqualTo(LocalDate.of(2026, 3, 17));
    SaeClock.Expedited other =
        SaeClock.expedited(EnumSet.of(Seriousness.HOSPITALIZATION), 3, aware, reported, UTC);
    assertThat(other.dueOn()).isEqualTo(LocalDate.of(2026, 3, 17));
    assertThat(other.followUpDueOn()).isNull();
    assertThat(SaeClock.expedited(EnumSet.noneOf(Seriousness.class), 5, aware, null, UTC).dueOn())
        .as("before the report, the site's awareness counts")
        .isEqualTo(LocalDate.of(2026, 3, 8));
  }

  @Test
  void anExpeditedReportIsDueUntilTheEndOfItsDayAndThenSubmittedInTimeOrLate() {
    LocalDate due = LocalDate.of(2026, 3, 9);
    assertThat(SaeClock.expeditedStatus(due, null, due)).isEqualTo(SaeClock.ExpeditedStatus.DUE);
    assertThat(SaeClock.expeditedStatus(due, null, due.plusDays(1)))
        .isEqualTo(SaeClock.ExpeditedStatus.OVERDUE);
    assertThat(SaeClock.expeditedStatus(due, due, due.plusDays(9)))
        .isEqualTo(SaeClock.ExpeditedStatus.SUBMITTED_ON_TIME);
    assertThat(SaeClock.expeditedStatus(due, due.plusDays(1), due.plusDays(1)))
        .isEqualTo(SaeClock.ExpeditedStatus.SUBMITTED_LATE);
  }

  @Test
  void expeditedDaysAreTheSitesCalendarDays() {
    // 23:30 UTC on 1 March is 08:30 on 2 March in Tokyo: day 0 is the 2nd there.
    Instant aware = Instant.parse("2026-03-01T23:30:00Z");
    Set<Seriousness> grave = EnumSet.of(Seriousness.LIFE_THREATENING);
    assertThat(SaeClock.expedited(grave, 4, aware, null, ZoneId.of("Asia/Tokyo")).dueOn())
        .isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(SaeClock.expedited(grave, 4, aware, null, UTC).dueOn())
        .isEqualTo(LocalDate.of(2026, 3, 8));
  }

  @Test
  void theToxicityTableCountsEachSubjectOnceAtItsWorstGrade() {
    Map<Long, String> armOf = Map.of(1L, "IL2", 2L, "IL2", 3L, "IL2", 4L, "CHEMO", 5L, "CHEMO");
    List<ToxicityTable.Row> rows =
        ToxicityTable.of(
            armOf,
            List.of("IL2", "CHEMO"),
            List.of(
                new ToxicityTable.Event(1, "Fever", 1),
                new ToxicityTable.Event(1, "Fever", 3),
                new ToxicityTable.Event(2, "Fever", 2),
                new ToxicityTable.Event(4, "Fever", 4),
                new ToxicityTable.Event(4, "Nausea", 2),
                new ToxicityTable.Event(9, "Nausea", 3)));
    assertThat(rows).extracting(ToxicityTable.Row::term).containsExactly("Fever", "Nausea");
    ToxicityTable.Cell feverIl2 = rows.get(0).arms().get(0);
    assertThat(feverIl2.subjects()).isEqualTo(3);
    assertThat(feverIl2.byGrade()).containsExactly(0, 1, 1, 0, 0);
    assertThat(feverIl2.gradeThreeOrWorse()).isEqualTo(1);
    assertThat(feverIl2.percentGradeThreeOrWorse()).isEqualTo(33.3);
    assertThat(feverIl2.percentByGrade()).containsExactly(0.0, 33.3, 33.3, 0.0, 0.0);
    ToxicityTable.Cell feverChemo = rows.get(0).arms().get(1);
    assertThat(feverChemo.byGrade()).containsExactly(0, 0, 0, 1, 0);
    assertThat(feverChemo.percentGradeThreeOrWorse()).isEqualTo(50.0);
    assertThat(rows.get(1).arms().get(0).byGrade())
        .as("subject 9 is not randomized")
        .containsExactly(0, 0, 0, 0, 0);
  }
}
