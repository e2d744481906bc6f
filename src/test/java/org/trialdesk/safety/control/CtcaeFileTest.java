package org.trialdesk.safety.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CtcaeFileTest {

  /** As NCI's export: stray bytes after "Grade N", "-" (often with a space) for no such grade. */
  private static final String HEADER =
      "MedDRA Code,MedDRA SOC,CTCAE Term,Grade 1 \u00c2\u00a0,Grade 2 \u00c2\u00a0,"
          + "Grade 3 \u00c2\u00a0,Grade 4 \u00c2\u00a0,Grade 5 \u00c2\u00a0,Definition,"
          + "Navigational Note,CTCAE v5.0 Change\r\n";

  @Test
  void readsTermsWithTheirValidGrades() {
    var result =
        CtcaeFile.read(
            new StringReader(
                HEADER
                    + "10028813,Gastrointestinal disorders,Nausea,Mild,Moderate,Severe, -, -,"
                    + "\"A disorder, with a comma\",,\r\n"
                    + "10016288,Blood and lymphatic system disorders,Febrile neutropenia, -, -,"
                    + "ANC low with fever,Life-threatening,Death,,,\r\n"));
    assertThat(result.problems()).isEmpty();
    assertThat(result.rows()).hasSize(2);
    assertThat(result.rows().get(0).grades())
        .containsExactly("Mild", "Moderate", "Severe", null, null);
    assertThat(result.rows().get(0).definition()).isEqualTo("A disorder, with a comma");
    assertThat(result.rows().get(1).grades().get(0)).isNull();
    assertThat(result.socCount()).isEqualTo(2);
  }

  @Test
  void aMalformedFileIsRefusedWholeWithEveryLineNamed() {
    var result =
        CtcaeFile.read(
            new StringReader(
                HEADER
                    + "10028813,Gastrointestinal disorders,Nausea,Mild,Moderate,Severe, -, -,,,\r\n"
                    + "abc,Gastrointestinal disorders,Vomiting,Mild,Moderate,Severe,LT,Death,,,\r\n"
                    + "10028813,Gastrointestinal disorders,Nausea again,Mild,-,-,-,-,,,\r\n"
                    + "10000001,Gastrointestinal disorders,Nothing, -, -, -, -, -,,,\r\n"
                    + "10000002,Gastrointestinal disorders\r\n"
                    + "10000003,Gastrointestinal disorders,"
                    + "T".repeat(201)
                    + ",Mild,-,-,-,-,,,\r\n"));
    assertThat(result.rows()).isEmpty();
    assertThat(result.problems())
        .extracting(p -> p.line() + " " + p.key())
        .containsExactly(
            "3 ctcae.file.code",
            "4 ctcae.file.duplicate",
            "5 ctcae.file.noGrade",
            "6 ctcae.file.columns",
            "7 ctcae.file.tooLong");
  }

  @Test
  void aFileWithoutTheGradeColumnsIsRefused() {
    var result = CtcaeFile.read(new StringReader("code,term\n1,Nausea\n"));
    assertThat(result.problems())
        .extracting(CtcaeFile.Problem::key)
        .contains("ctcae.file.missingColumn");
    assertThat(CtcaeFile.read(new StringReader("")).problems()).isNotEmpty();
  }

  @Test
  void anUnterminatedQuoteIsReportedOnItsLine() {
    var result =
        CtcaeFile.read(
            new StringReader(
                HEADER
                    + "10028813,Gastrointestinal disorders,Nausea,Mild,Moderate,Severe, -, -,,,\r\n"
                    + "\"abc,def\r\n"));
    assertThat(result.rows()).isEmpty();
    assertThat(result.problems())
        .extracting(p -> p.line() + " " + p.key())
        .containsExactly("3 ctcae.file.unreadable");
  }
}
