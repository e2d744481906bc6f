package org.trialdesk.safety.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trialdesk.safety.entity.CtcaeTerm;

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

  /** The bilingual test file: three starter terms, Headache with Japanese, Dyspnea without. */
  static String bilingual() throws IOException {
    try (InputStream in = CtcaeFileTest.class.getResourceAsStream("/ctcae/bilingual.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void readsTheJapaneseColumnsOfABilingualFile() throws IOException {
    var result = CtcaeFile.read(new StringReader(bilingual()));
    assertThat(result.problems()).isEmpty();
    assertThat(result.bilingual()).isTrue();
    assertThat(result.rows()).hasSize(5);
    CtcaeRow nausea = result.rows().get(0);
    assertThat(nausea.term()).isEqualTo("Nausea");
    assertThat(nausea.grades())
        .containsExactly(
            "Appetite lower; eating habits unchanged",
            "Less oral intake without major weight loss",
            "Inadequate oral intake; tube feeding or hospital stay",
            null,
            null);
    assertThat(nausea.japanese().term()).isEqualTo("悪心");
    assertThat(nausea.japanese().soc()).isEqualTo("胃腸障害");
    assertThat(nausea.japanese().grades().get(0)).isEqualTo("食欲は落ちたが、食べ方は変わらない");
    assertThat(nausea.japanese().grades().subList(3, 5)).containsOnlyNulls();
    CtcaeRow dyspnea = result.rows().get(4);
    assertThat(dyspnea.japanese().term()).as("no Japanese: English is shown").isNull();
    assertThat(dyspnea.japanese().grades()).containsOnlyNulls();
  }

  @Test
  void anEnglishFileCarriesNoJapanese() {
    var result =
        CtcaeFile.read(
            new StringReader(
                HEADER
                    + "10028813,Gastrointestinal disorders,Nausea,Mild,Moderate,Severe, -, -,,,\r\n"));
    assertThat(result.bilingual()).isFalse();
    assertThat(result.rows().get(0).japanese()).isNull();
  }

  @Test
  void japaneseColumnsAreFoundByMarkerOrJapaneseNameWhereverTheyStand() {
    var result =
        CtcaeFile.read(
            new StringReader(
                "MedDRA Code (ja),MedDRA v20.1 Code,器官別大分類,MedDRA SOC,CTCAE用語,CTCAE v5.0 Term,"
                    + "Grade 1 日本語,Grade 1,Grade 2 (Japanese),Grade 2,グレード3,Grade 3,"
                    + "Grade 4 [ja],Grade 4,Grade 5 (ja),Grade 5,定義,Definition\n"
                    + "1,10028813,胃腸障害,Gastrointestinal disorders,悪心,Nausea,"
                    + "軽い,Mild,中等度,Moderate,高度,Severe,-,-,-,-,吐き気,Queasiness\n"));
    assertThat(result.problems()).isEmpty();
    CtcaeRow nausea = result.rows().get(0);
    assertThat(nausea.meddraCode()).isEqualTo(10028813L);
    assertThat(nausea.soc()).isEqualTo("Gastrointestinal disorders");
    assertThat(nausea.term()).isEqualTo("Nausea");
    assertThat(nausea.grades()).containsExactly("Mild", "Moderate", "Severe", null, null);
    assertThat(nausea.definition()).isEqualTo("Queasiness");
    assertThat(nausea.japanese())
        .isEqualTo(
            new CtcaeRow.Japanese(
                "胃腸障害", "悪心", java.util.Arrays.asList("軽い", "中等度", "高度", null, null), "吐き気"));
  }

  @Test
  void aJapaneseTextForAGradeTheTermLacksIsRefusedWithLineAndColumn() throws IOException {
    String file =
        bilingual()
            .replace(
                "Inadequate oral intake; tube feeding or hospital stay,経口摂取が足りない; 経管栄養または入院を要する,-,-,",
                "Inadequate oral intake; tube feeding or hospital stay,経口摂取が足りない; 経管栄養または入院を要する,-,生命を脅かす,");
    var result = CtcaeFile.read(new StringReader(file));
    assertThat(result.rows()).as("nothing half-read").isEmpty();
    assertThat(result.problems())
        .extracting(CtcaeFile.Problem::field, CtcaeFile.Problem::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "lines[2].Grade 4 (ja)", "ctcae.file.japaneseGrade"));
  }

  @Test
  void japaneseGradesWithoutTheJapaneseTermColumnAreAMisspeltHeader() {
    var result =
        CtcaeFile.read(
            new StringReader(
                "MedDRA Code,MedDRA SOC,CTCAE Term,Grade 1,Grade 2,Grade 3,Grade 4,Grade 5,"
                    + "Grade 1 (ja),CTCAE Trem (ja)\n"
                    + "10028813,Gastrointestinal disorders,Nausea,Mild,-,-,-,-,軽い,悪心\n"));
    assertThat(result.problems())
        .extracting(p -> p.key() + " " + p.arguments())
        .containsExactly("ctcae.file.missingColumn [CTCAE Term (ja)]");
  }

  @Test
  void aBilingualFileIsReadInUtf8OrExcelsShiftJisAndAnEnglishOneInWindows1252() throws IOException {
    String text = bilingual();
    assertThat(CtcaeEncoding.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    assertThat(CtcaeEncoding.decode(bom)).isEqualTo(text);
    String shiftJis = text.replace("°", "度");
    assertThat(CtcaeEncoding.decode(shiftJis.getBytes(CtcaeEncoding.EXCEL_JAPANESE)))
        .isEqualTo(shiftJis);
    String english = HEADER + "10016558,General,Fever,38.0-39.0 °C,-,-,-,-,,,\r\n";
    assertThat(CtcaeEncoding.decode(english.getBytes(CtcaeEncoding.NCI))).isEqualTo(english);
  }

  @Test
  void theReaderSeesJapaneseWhereItExistsAndEnglishElsewhere() {
    CtcaeTerm nausea = new CtcaeTerm(10028813);
    nausea.describe(
        "Gastrointestinal disorders",
        "Nausea",
        java.util.Arrays.asList("Mild", "Moderate", "Severe", null, null),
        null,
        CtcaeTerm.IMPORTED);
    assertThat(nausea.termIn(Locale.JAPANESE)).as("not translated yet").isEqualTo("Nausea");
    nausea.translate(null, "悪心", java.util.Arrays.asList("軽い", null, "高度", "ない", null), null);
    assertThat(nausea.termIn(Locale.JAPANESE)).isEqualTo("悪心");
    assertThat(nausea.termIn(Locale.ENGLISH)).isEqualTo("Nausea");
    assertThat(nausea.socIn(Locale.JAPANESE)).isEqualTo("Gastrointestinal disorders");
    assertThat(nausea.gradesIn(Locale.JAPANESE))
        .as("grade 2 falls back; a Japanese text makes no grade exist")
        .isEqualTo(java.util.Arrays.asList("軽い", "Moderate", "高度", null, null));
    assertThat(nausea.gradeDescriptionIn(3, Locale.forLanguageTag("ja-JP"))).isEqualTo("高度");
    assertThat(nausea.validGrades()).isEqualTo(List.of(1, 2, 3));
  }
}
