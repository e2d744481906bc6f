package org.trialdesk.randomization.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HistoricalAllocationsTest {

  private static final HistoricalAllocations.Expectations TRIAL =
      new HistoricalAllocations.Expectations(
          Map.of("resectability", Set.of("R", "U")),
          Set.of("IL2", "CHEMO"),
          Set.of("OSK", "KOB"),
          Set.of("OSK-009"),
          LocalDate.of(2026, 11, 28));

  private static HistoricalAllocations.Result read(String csv) {
    return HistoricalAllocations.read(new StringReader(csv), TRIAL);
  }

  @Test
  void aGoodFileGivesOneRowPerLine() {
    var result =
        read(
            """
            subjectId,siteCode,resectability,arm,randomizedOn
            OSK-001,OSK,R,IL2,2025-01-10
            KOB-001,KOB,U,CHEMO,2025-02-01
            """);
    assertThat(result.problems()).isEmpty();
    assertThat(result.rows()).hasSize(2);
    assertThat(result.rows().get(1).levels()).containsEntry("resectability", "U");
    assertThat(result.rows().get(1).randomizedOn()).isEqualTo(LocalDate.of(2025, 2, 1));
  }

  @Test
  void everyBadLineIsReportedAndNoRowIsKept() {
    var result =
        read(
            """
            subjectId,siteCode,resectability,arm,randomizedOn
            OSK-001,OSK,R,IL2,2025-01-10
            OSK-001,OSK,R,IL2,2025-01-11
            OSK-009,OSK,R,IL2,2025-01-11
            OSK-003,TKY,Q,PLACEBO,2025-13-01
            OSK-004,OSK,R,IL2,2027-01-01
            OSK-005,OSK,R
            KOB-004,OSK,R,IL2,2025-01-12
            """);
    assertThat(result.rows()).isEmpty();
    assertThat(result.problems())
        .extracting(p -> p.line() + " " + p.column() + " " + p.key())
        .containsExactly(
            "3 subjectId import.duplicateSubject",
            "4 subjectId import.duplicateSubject",
            "5 siteCode import.unknownSite",
            "5 resectability import.unknownLevel",
            "5 arm import.unknownArm",
            "5 randomizedOn import.malformedDate",
            "6 randomizedOn import.futureDate",
            "7 null import.columns",
            "8 subjectId import.subjectIdOtherSite");
  }

  @Test
  void aWrongHeaderIsReportedOnLineOne() {
    var result = read("subjectId,site,arm,randomizedOn,extra\nA,OSK,IL2,2025-01-01,x\n");
    assertThat(result.problems())
        .extracting(p -> p.line() + " " + p.column() + " " + p.key())
        .contains(
            "1 siteCode import.missingColumn",
            "1 resectability import.missingColumn",
            "1 extra import.unknownColumn");
    assertThat(read("").problems()).isNotEmpty();
    assertThat(read("subjectId,siteCode,resectability,arm,randomizedOn\n").problems())
        .extracting(HistoricalAllocations.Problem::key)
        .containsExactly("import.empty");
  }

  @Test
  void subjectIdsMustHaveTheShapeOfTheirSitesIds() {
    var result =
        read(
            """
            subjectId,siteCode,resectability,arm,randomizedOn
            =1+1,OSK,R,IL2,2025-01-10
            <script>,OSK,R,IL2,2025-01-10
            ' OR 1=1--,OSK,R,IL2,2025-01-10
            OSK-😀,OSK,R,IL2,2025-01-10
            OSK-1,OSK,R,IL2,2025-01-10
            osk-001,OSK,R,IL2,2025-01-10
            OSK-０１２,OSK,R,IL2,2025-01-10
            KOB-001,OSK,R,IL2,2025-01-10
            OSK-002,OSK,R,IL2,2025-01-10
            """);
    assertThat(result.rows()).isEmpty();
    assertThat(result.problems())
        .extracting(p -> p.line() + " " + p.column() + " " + p.key())
        .containsExactly(
            "2 subjectId import.subjectIdPattern",
            "3 subjectId import.subjectIdPattern",
            "4 subjectId import.subjectIdPattern",
            "5 subjectId import.subjectIdPattern",
            "6 subjectId import.subjectIdPattern",
            "7 subjectId import.subjectIdPattern",
            "8 subjectId import.subjectIdPattern",
            "9 subjectId import.subjectIdOtherSite");
  }

  @Test
  void anUnterminatedQuoteIsAProblemOnItsLineNotAFailure() {
    var result =
        read(
            """
            subjectId,siteCode,resectability,arm,randomizedOn
            OSK-001,OSK,R,IL2,2025-01-10
            "abc,def
            """);
    assertThat(result.rows()).isEmpty();
    assertThat(result.problems())
        .extracting(p -> p.line() + " " + p.column() + " " + p.key())
        .containsExactly("3 null import.unreadable");
  }
}
