package org.trialdesk.safety.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The toxicity table as a CSV file, one line per term and arm, for spreadsheets. */
public final class ToxicityCsv {

  private ToxicityCsv() {}

  public static String of(List<ToxicityTable.Row> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      printer.printRecord(
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
      for (ToxicityTable.Row row : rows) {
        for (ToxicityTable.Cell cell : row.arms()) {
          List<Object> record = new ArrayList<>(List.of(row.term(), cell.arm(), cell.subjects()));
          for (int count : cell.byGrade()) {
            record.add(count);
          }
          record.add(cell.gradeThreeOrWorse());
          for (double percent : cell.percentByGrade()) {
            record.add(percent);
          }
          record.add(cell.percentGradeThreeOrWorse());
          printer.printRecord(record);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
