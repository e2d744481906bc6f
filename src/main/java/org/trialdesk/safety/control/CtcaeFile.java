package org.trialdesk.safety.control;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.trialdesk.platform.csv.CsvFailure;

/**
 * Reads the CTCAE term list in NCI's tabular layout: columns MedDRA Code, MedDRA SOC, CTCAE Term,
 * Grade 1 … Grade 5, Definition (further columns ignored), and in a bilingual file the Japanese
 * columns {@link CtcaeColumns} recognises. A grade that does not exist for a term is written "-". A
 * file is read whole or refused: every problem is reported with its line, and its column where one
 * cell is wrong.
 */
public final class CtcaeFile {

  /**
   * A problem with the file: line (1 is the header), the column's header name ({@code null} when
   * the line as a whole is wrong), message key and arguments.
   */
  public record Problem(int line, String column, String key, List<Object> arguments) {

    public Problem(int line, String key, List<Object> arguments) {
      this(line, null, key, arguments);
    }

    /** Where the API reports it: {@code lines[3]} or {@code lines[3].Grade 2 (ja)}. */
    public String field() {
      return "lines[" + line + "]" + (column == null || column.isEmpty() ? "" : "." + column);
    }
  }

  /** The terms read, and whether the file carried Japanese texts. */
  public record Result(List<CtcaeRow> rows, List<Problem> problems, boolean bilingual) {

    public Result(List<CtcaeRow> rows, List<Problem> problems) {
      this(rows, problems, false);
    }

    public long socCount() {
      return rows.stream().map(CtcaeRow::soc).distinct().count();
    }
  }

  private static final int MAX_NAME = 200;
  private static final int MAX_GRADE_TEXT = 1000;
  private static final int MAX_DEFINITION = 2000;

  private CtcaeFile() {}

  public static Result read(Reader in) {
    List<CtcaeRow> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    boolean bilingual = false;
    try (CSVParser parser = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setTrim(true).get())) {
      var records = parser.iterator();
      if (!records.hasNext()) {
        return new Result(List.of(), List.of(new Problem(1, "ctcae.file.empty", List.of())));
      }
      CtcaeColumns columns = new CtcaeColumns(records.next());
      columns
          .missing()
          .forEach(name -> problems.add(new Problem(1, "ctcae.file.missingColumn", List.of(name))));
      if (!problems.isEmpty()) {
        return new Result(List.of(), problems);
      }
      bilingual = columns.bilingual();
      Set<Long> seen = new HashSet<>();
      while (records.hasNext()) {
        CSVRecord record = records.next();
        if (record.size() == 1 && record.get(0).isBlank()) {
          continue;
        }
        CtcaeRow row = new Line(record, columns, problems).read(seen);
        if (row != null) {
          rows.add(row);
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
    return new Result(problems.isEmpty() ? rows : List.of(), problems, bilingual);
  }

  /** One line of the file, its problems added to the file's. */
  private record Line(CSVRecord record, CtcaeColumns columns, List<Problem> problems) {

    int number() {
      return (int) record.getRecordNumber();
    }

    CtcaeRow read(Set<Long> seen) {
      if (record.size() <= columns.lastRequired()) {
        problems.add(new Problem(number(), "ctcae.file.columns", List.of()));
        return null;
      }
      String codeText = cell(columns.english(CtcaeColumns.CODE));
      Long code = code(codeText);
      String soc = cell(columns.english(CtcaeColumns.SOC));
      String term = cell(columns.english(CtcaeColumns.TERM));
      List<String> grades = grades(columns::english);
      String definition = cell(columns.english(CtcaeColumns.DEFINITION));
      if (code == null) {
        problem(CtcaeColumns.CODE, false, "ctcae.file.code", codeText);
      } else if (!seen.add(code)) {
        problems.add(new Problem(number(), "ctcae.file.duplicate", List.of(String.valueOf(code))));
      }
      if (soc.isBlank() || term.isBlank()) {
        problem(soc.isBlank() ? CtcaeColumns.SOC : CtcaeColumns.TERM, false, "ctcae.file.term");
      }
      if (grades.stream().allMatch(g -> g == null)) {
        problems.add(new Problem(number(), "ctcae.file.noGrade", List.of(term)));
      }
      int tooLong = tooLong(soc, term, grades, definition);
      if (tooLong >= 0) {
        // The dictionary's columns hold this much; a longer text is a malformed line, not cut.
        problem(tooLong, false, "ctcae.file.tooLong", String.valueOf(code));
      }
      CtcaeRow.Japanese japanese = columns.bilingual() ? japanese(code, grades) : null;
      if (code == null || soc.isBlank() || term.isBlank()) {
        return null;
      }
      return new CtcaeRow(code, soc, term, grades, blankAsNull(definition), japanese);
    }

    /** The Japanese texts; a Japanese text for a grade the term does not have is refused. */
    private CtcaeRow.Japanese japanese(Long code, List<String> english) {
      String soc = cell(columns.japanese(CtcaeColumns.SOC));
      String term = cell(columns.japanese(CtcaeColumns.TERM));
      List<String> grades = grades(columns::japanese);
      String definition = cell(columns.japanese(CtcaeColumns.DEFINITION));
      for (int g = 0; g < 5; g++) {
        if (grades.get(g) != null && english.get(g) == null) {
          problem(
              CtcaeColumns.GRADE_1 + g,
              true,
              "ctcae.file.japaneseGrade",
              String.valueOf(code),
              g + 1);
        }
      }
      int tooLong = tooLong(soc, term, grades, definition);
      if (tooLong >= 0) {
        problem(tooLong, true, "ctcae.file.tooLong", String.valueOf(code));
      }
      return new CtcaeRow.Japanese(
          blankAsNull(soc), blankAsNull(term), grades, blankAsNull(definition));
    }

    private List<String> grades(java.util.function.IntUnaryOperator position) {
      List<String> grades = new ArrayList<>();
      for (int g = 0; g < 5; g++) {
        String text = cell(position.applyAsInt(CtcaeColumns.GRADE_1 + g));
        grades.add(text.isEmpty() || text.equals("-") ? null : text);
      }
      return grades;
    }

    /** The first text (as a column kind) longer than the dictionary holds; -1 when none is. */
    private static int tooLong(String soc, String term, List<String> grades, String definition) {
      if (soc.length() > MAX_NAME) {
        return CtcaeColumns.SOC;
      }
      if (term.length() > MAX_NAME) {
        return CtcaeColumns.TERM;
      }
      for (int g = 0; g < 5; g++) {
        if (grades.get(g) != null && grades.get(g).length() > MAX_GRADE_TEXT) {
          return CtcaeColumns.GRADE_1 + g;
        }
      }
      return definition.length() > MAX_DEFINITION ? CtcaeColumns.DEFINITION : -1;
    }

    /** The cell's text, trimmed; empty where the line or the file has no such column. */
    private String cell(int position) {
      return position >= 0 && position < record.size() ? record.get(position).strip() : "";
    }

    private void problem(int kind, boolean japanese, String key, Object... arguments) {
      int position = japanese ? columns.japanese(kind) : columns.english(kind);
      problems.add(
          new Problem(number(), columns.name(position), key, java.util.Arrays.asList(arguments)));
    }
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text;
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
