package org.trialdesk.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

  @Test
  void textThatASpreadsheetWouldTakeForAFormulaGetsALeadingQuote() throws IOException {
    List<String> dangerous =
        List.of(
            "=HYPERLINK(\"http://evil.example\",\"click\")",
            "+1+2",
            "-2+3",
            "@SUM(A1:A2)",
            "\tindented",
            "\rreturn");
    List<List<Object>> rows = dangerous.stream().map(text -> List.<Object>of(text, 1)).toList();

    List<CSVRecord> read = parse(SpreadsheetCsv.of(List.of("term", "count"), rows));

    assertThat(read).hasSize(dangerous.size() + 1);
    for (int i = 0; i < dangerous.size(); i++) {
      assertThat(read.get(i + 1).get(0)).isEqualTo("'" + dangerous.get(i));
    }
  }

  @Test
  void ordinaryTextAndOurOwnNumbersStayAsTheyAre() throws IOException {
    List<List<Object>> rows =
        List.of(Arrays.asList("Nausea", -3, -12.5, new BigDecimal("-0.1"), null, "a=b", "O'Brien"));

    CSVRecord line =
        parse(SpreadsheetCsv.of(List.of("a", "b", "c", "d", "e", "f", "g"), rows)).get(1);

    assertThat(line.toList())
        .containsExactly("Nausea", "-3", "-12.5", "-0.1", "", "a=b", "O'Brien");
  }

  @Test
  void theHeaderIsNeutralizedToo() {
    assertThat(SpreadsheetCsv.of(List.of("=cmd"), List.of())).isEqualTo("'=cmd\r\n");
  }

  @Test
  void separatorsQuotesAndLineBreaksInTextAreQuotedNotSplit() throws IOException {
    String text = "fever, \"high\"\nsecond line";
    CSVRecord line = parse(SpreadsheetCsv.of(List.of("term"), List.of(List.of(text)))).get(1);
    assertThat(line.get(0)).isEqualTo(text);
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    return CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
  }
}
