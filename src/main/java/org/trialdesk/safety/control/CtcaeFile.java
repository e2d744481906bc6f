package org.trialdesk.safety.control;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.trialdesk.platform.csv.CsvFailure;

/**
 * Reads the CTCAE term list in NCI's tabular layout: columns MedDRA Code, MedDRA SOC, CTCAE Term,
 * Grade 1 … Grade 5, Definition (further columns ignored). Headers are matched by their start, as
 * the published exports carry stray bytes after "Grade N"; a grade that does not exist for a term
 * is written "-". A file is read whole or refused: every problem is reported with its line.
 */
public final class CtcaeFile {

  private static final List<String> REQUIRED =
      List.of(
          "MedDRA Code",
          "MedDRA SOC",
          "CTCAE Term",
          "Grade 1",
          "Grade 2",
          "Grade 3",
          "Grade 4",
          "Grade 5");

  /** A problem with the file: line (1 is the header), message key and arguments. */
  public record Problem(int line, String key, List<Object> arguments) {}

  public record Result(List<CtcaeRow> rows, List<Problem> problems) {

    public long socCount() {
      return rows.stream().map(CtcaeRow::soc).distinct().count();
    }
  }

  private CtcaeFile() {}

  public static Result read(Reader in) {
    List<CtcaeRow> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setTrim(true).get())) {
      var records = parser.iterator();
      if (!records.hasNext()) {
        return new Result(List.of(), List.of(new Problem(1, "ctcae.file.empty", List.of())));
      }
      int[] column = columns(records.next(), problems);
      if (!problems.isEmpty()) {
        return new Result(List.of(), problems);
      }
      Set<Long> seen = new HashSet<>();
      while (records.hasNext()) {
        CSVRecord record = records.next();
        int line = (int) record.getRecordNumber();
        if (record.size() == 1 && record.get(0).isBlank()) {
          continue;
        }
        if (record.size() <= column[7]) {
          problems.add(new Problem(line, "ctcae.file.columns", List.of()));
          continue;
        }
        Long code = code(record.get(column[0]));
        String soc = record.get(column[1]);
        String term = record.get(column[2]);
        List<String> grades = new ArrayList<>();
        for (int g = 0; g < 5; g++) {
          String text = record.get(column[3 + g]).trim();
          grades.add(text.isEmpty() || text.equals("-") ? null : text);
        }
        if (code == null) {
          problems.add(new Problem(line, "ctcae.file.code", List.of(record.get(column[0]))));
        } else if (!seen.add(code)) {
          problems.add(new Problem(line, "ctcae.file.duplicate", List.of(code)));
        }
        if (soc.isBlank() || term.isBlank()) {
          problems.add(new Problem(line, "ctcae.file.term", List.of()));
        }
        if (grades.stream().allMatch(g -> g == null)) {
          problems.add(new Problem(line, "ctcae.file.noGrade", List.of(term)));
        }
        String definition =
            column[8] >= 0 && record.size() > column[8] ? record.get(column[8]) : "";
        if (soc.length() > MAX_NAME
            || term.length() > MAX_NAME
            || grades.stream().anyMatch(g -> g != null && g.length() > MAX_GRADE_TEXT)
            || definition.length() > MAX_DEFINITION) {
          // The dictionary's columns hold this much; a longer text is a malformed line, not cut.
          problems.add(new Problem(line, "ctcae.file.tooLong", List.of(String.valueOf(code))));
        }
        if (code != null && !soc.isBlank() && !term.isBlank()) {
          rows.add(new CtcaeRow(code, soc, term, grades, definition.isBlank() ? null : definition));
        }
      }
    } catch (IOException | IllegalStateException unreadable) {
      problems.add(new Problem(1, "ctcae.file.unreadable", List.of()));
    } catch (java.io.UncheckedIOException unreadable) {
      problems.add(new Problem(CsvFailure.lineOf(unreadable), "ctcae.file.unreadable", List.of()));
    }
    if (problems.isEmpty() && rows.isEmpty()) {
      problems.add(new Problem(1, "ctcae.file.empty", List.of()));
    }
    return new Result(problems.isEmpty() ? rows : List.of(), problems);
  }

  private static final int MAX_NAME = 200;
  private static final int MAX_GRADE_TEXT = 1000;
  private static final int MAX_DEFINITION = 2000;

  /** Column positions of the required headers, then Definition (-1 when absent). */
  private static int[] columns(CSVRecord header, List<Problem> problems) {
    List<String> names = new ArrayList<>();
    header.forEach(name -> names.add(name.strip()));
    int[] column = new int[REQUIRED.size() + 1];
    Arrays.fill(column, -1);
    for (int i = 0; i < names.size(); i++) {
      for (int r = 0; r < REQUIRED.size(); r++) {
        if (column[r] < 0 && names.get(i).startsWith(REQUIRED.get(r))) {
          column[r] = i;
        }
      }
      if (column[8] < 0 && names.get(i).startsWith("Definition")) {
        column[8] = i;
      }
    }
    for (int r = 0; r < REQUIRED.size(); r++) {
      if (column[r] < 0) {
        problems.add(new Problem(1, "ctcae.file.missingColumn", List.of(REQUIRED.get(r))));
      }
    }
    return column;
  }

  private static Long code(String text) {
    try {
      long code = Long.parseLong(text.strip());
      return code > 0 && code < 100_000_000L ? code : null;
    } catch (NumberFormatException notACode) {
      return null;
    }
  }
}
