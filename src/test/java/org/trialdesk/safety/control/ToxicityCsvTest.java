package org.trialdesk.safety.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ToxicityCsvTest {

  @Test
  void aTermThatLooksLikeAFormulaIsWrittenAsTextAndTheCountsAsNumbers() {
    ToxicityTable.Cell cell =
        new ToxicityTable.Cell(
            "-ARM", 4, new int[] {1, 0, 0, 0, 0}, new double[] {25.0, 0, 0, 0, 0}, 0, 0.0);
    String csv =
        ToxicityCsv.of(List.of(new ToxicityTable.Row("=HYPERLINK(\"http://x\")", List.of(cell))));

    String[] lines = csv.split("\r\n");
    assertThat(lines[0]).startsWith("term,arm,subjects,grade1");
    assertThat(lines[1])
        .isEqualTo(
            "\"'=HYPERLINK(\"\"http://x\"\")\",'-ARM,4,1,0,0,0,0,0,25.0,0.0,0.0,0.0,0.0,0.0");
  }
}
