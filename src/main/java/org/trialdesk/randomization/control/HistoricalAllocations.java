package org.trialdesk.randomization.control;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.trialdesk.platform.csv.CsvFailure;

/**
 * Reads a file of allocations made before the trial came to TrialDesk: header {@code
 * subjectId,siteCode,<factor codes…>,arm,randomizedOn}, one allocation per line. Every line is
 * checked against the trial and every problem is reported with its line number, so a file is either
 * imported whole or fixed in one round.
 */
public final class HistoricalAllocations {

  /** What the file is checked against. */
  public record Expectations(
      Map<String, Set<String>> factorLevels,
      Set<String> arms,
      Set<String> sites,
      Set<String> existingSubjects,
      LocalDate today) {}

  /** One good line. */
  public record Row(
      int line,
      String subjectId,
      String siteCode,
      Map<String, String> levels,
      String arm,
      LocalDate randomizedOn) {}

  /** One problem: line (1 is the header), column, message key and its arguments. */
  public record Problem(int line, String column, String key, List<Object> arguments) {}

  public record Result(List<Row> rows, List<Problem> problems) {}

  /** The shape of the IDs TrialDesk generates: site code, hyphen, number. */
  public static final java.util.regex.Pattern GENERATED_ID =
      java.util.regex.Pattern.compile("([A-Z0-9]+)-(\\d{1,6})");

  /** What an imported ID must look like: enrollment's own {@code <site>-<nnn>}, 3 to 6 digits. */
  static final java.util.regex.Pattern IMPORTED_ID =
      java.util.regex.Pattern.compile("([A-Z0-9]+)-(\\d{3,6})");

  private HistoricalAllocations() {}

  public static Result read(Reader csv, Expectations expected) {
    List<Row> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (CSVParser parser = CSVParser.parse(csv, format)) {
      List<String> header = parser.getHeaderNames();
      if (!headerFits(header, expected, problems)) {
        return new Result(List.of(), problems);
      }
      Set<String> seen = new HashSet<>();
      for (CSVRecord record : parser) {
        int line = (int) record.getRecordNumber() + 1;
        if (record.size() != header.size()) {
          problems.add(new Problem(line, null, "import.columns", List.of(header.size())));
          continue;
        }
        int before = problems.size();
        String subjectId = record.get("subjectId");
        String site = record.get("siteCode");
        java.util.regex.Matcher generated = IMPORTED_ID.matcher(subjectId);
        if (subjectId.isEmpty() || subjectId.length() > 20) {
          problems.add(new Problem(line, "subjectId", "import.subjectId", List.of()));
        } else if (!generated.matches()) {
          // Only the shape enrollment gives IDs: no markup, formulas or look-alikes in the log.
          problems.add(
              new Problem(
                  line, "subjectId", "import.subjectIdPattern", List.of(shown(subjectId), site)));
        } else if (expected.sites().contains(site) && !generated.group(1).equals(site)) {
          // OSK-012 at KYO would later collide with OSK's own twelfth subject.
          problems.add(
              new Problem(
                  line, "subjectId", "import.subjectIdOtherSite", List.of(subjectId, site)));
        } else if (!seen.add(subjectId) || expected.existingSubjects().contains(subjectId)) {
          problems.add(
              new Problem(line, "subjectId", "import.duplicateSubject", List.of(subjectId)));
        }
        if (!expected.sites().contains(site)) {
          problems.add(new Problem(line, "siteCode", "import.unknownSite", List.of(site)));
        }
        Map<String, String> levels = new LinkedHashMap<>();
        expected
            .factorLevels()
            .forEach(
                (factor, allowed) -> {
                  String level = record.get(factor);
                  if (!allowed.contains(level)) {
                    problems.add(
                        new Problem(line, factor, "import.unknownLevel", List.of(level, allowed)));
                  }
                  levels.put(factor, level);
                });
        String arm = record.get("arm");
        if (!expected.arms().contains(arm)) {
          problems.add(new Problem(line, "arm", "import.unknownArm", List.of(arm)));
        }
        LocalDate on = date(record.get("randomizedOn"), line, expected.today(), problems);
        if (problems.size() == before) {
          rows.add(new Row(line, subjectId, site, levels, arm, on));
        }
      }
      if (rows.isEmpty() && problems.isEmpty()) {
        problems.add(new Problem(1, null, "import.empty", List.of()));
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
      problems.add(new Problem(1, null, "import.unreadable", List.of()));
    } catch (UncheckedIOException unreadable) {
      // The parser stops at the first line it cannot read (an unterminated quote).
      problems.add(
          new Problem(CsvFailure.lineOf(unreadable), null, "import.unreadable", List.of()));
    }
    return new Result(problems.isEmpty() ? rows : List.of(), problems);
  }

  private static boolean headerFits(
      List<String> header, Expectations expected, List<Problem> problems) {
    List<String> required =
        new ArrayList<>(List.of("subjectId", "siteCode", "arm", "randomizedOn"));
    required.addAll(expected.factorLevels().keySet());
    for (String column : required) {
      if (!header.contains(column)) {
        problems.add(new Problem(1, column, "import.missingColumn", List.of(column)));
      }
    }
    for (String column : header) {
      if (!required.contains(column)) {
        problems.add(new Problem(1, column, "import.unknownColumn", List.of(column)));
      }
    }
    return problems.isEmpty();
  }

  /** A refused ID as it can be shown safely in a message: at most 20 characters. */
  private static String shown(String id) {
    return id.length() > 20 ? id.substring(0, 20) + "…" : id;
  }

  private static LocalDate date(String text, int line, LocalDate today, List<Problem> problems) {
    try {
      LocalDate date = LocalDate.parse(text);
      if (date.isAfter(today)) {
        problems.add(new Problem(line, "randomizedOn", "import.futureDate", List.of(text)));
      }
      return date;
    } catch (DateTimeParseException malformed) {
      problems.add(new Problem(line, "randomizedOn", "import.malformedDate", List.of(text)));
      return null;
    }
  }
}
