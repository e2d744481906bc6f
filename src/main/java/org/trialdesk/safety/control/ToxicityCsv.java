package org.trialdesk.safety.control;

import java.util.ArrayList;
import java.util.List;
import org.trialdesk.platform.csv.SpreadsheetCsv;

/** The toxicity table as a CSV file, one line per term and arm, for spreadsheets. */
public final class ToxicityCsv {

  private static final List<String> HEADER =
      List.of(
          "term",
          "arm",
          "subjects",
          "grade1",
          "grade2",
          "grade3",
          "grade4",
          "grade5",
          "grade3OrWorse",
          "percentGrade1",
          "percentGrade2",
          "percentGrade3",
          "percentGrade4",
          "percentGrade5",
          "percentGrade3OrWorse");

  private ToxicityCsv() {}

  public static String of(List<ToxicityTable.Row> rows) {
    List<List<Object>> lines = new ArrayList<>();
    for (ToxicityTable.Row row : rows) {
      for (ToxicityTable.Cell cell : row.arms()) {
        List<Object> line = new ArrayList<>(List.of(row.term(), cell.arm(), cell.subjects()));
        for (int count : cell.byGrade()) {
          line.add(count);
        }
        line.add(cell.gradeThreeOrWorse());
        for (double percent : cell.percentByGrade()) {
          line.add(percent);
        }
        line.add(cell.percentGradeThreeOrWorse());
        lines.add(line);
      }
    }
    return SpreadsheetCsv.of(HEADER, lines);
  }
}
