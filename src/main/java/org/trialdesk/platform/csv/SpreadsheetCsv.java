package org.trialdesk.platform.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way TrialDesk writes CSV files (RFC 4180, through Commons CSV), made safe for people who
 * open them in a spreadsheet: a text cell starting with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return would be taken for a formula, so it gets a leading {@code '} (OWASP's
 * advice on CSV injection). Numbers the application writes as numbers ({@link Number} cells) stay
 * numbers, a negative one included: they come from our arithmetic, never from what a user typed,
 * and a spreadsheet reads {@code -3} as a number, not a formula.
 */
public final class SpreadsheetCsv {

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private SpreadsheetCsv() {}

  /** The file: a header line, then one line per row; a null cell is written empty. */
  public static String of(List<String> header, List<? extends List<?>> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      printer.printRecord(header.stream().map(SpreadsheetCsv::cell).toList());
      for (List<?> row : rows) {
        printer.printRecord(row.stream().map(SpreadsheetCsv::cell).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Records as a file: one column per record component, named as the component (the JSON documents'
   * field names), one line per record.
   */
  public static <R extends Record> String ofRecords(Class<R> type, List<R> rows) {
    RecordComponent[] components = type.getRecordComponents();
    List<List<?>> cells = new ArrayList<>();
    for (R row : rows) {
      List<Object> line = new ArrayList<>();
      for (RecordComponent component : components) {
        try {
          line.add(component.getAccessor().invoke(row));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      cells.add(line);
    }
    return of(Arrays.stream(components).map(RecordComponent::getName).toList(), cells);
  }

  /** A cell as written: numbers as they are, text that could start a formula with a quote. */
  static Object cell(Object value) {
    if (value == null || value instanceof Number) {
      return value;
    }
    String text = value.toString();
    return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
