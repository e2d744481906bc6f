package org.trialdesk.randomization.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Receipt codes as monitors bring them: pasted one per line, or a text or CSV file (a spreadsheet
 * the site kept, say, with the code in any column). Each line gives one code: the cell that reads
 * as a code, else the whole line, so that a mistyped code is reported with its line rather than
 * dropped. A first line without any code and without a dot is taken as a header and skipped.
 */
public final class ReceiptLines {

  /** A code and the line it came from (1-based), to name the line when it is refused. */
  public record Line(int number, String code) {}

  private ReceiptLines() {}

  public static List<Line> read(String text) {
    List<Line> lines = new ArrayList<>();
    if (text == null) {
      return lines;
    }
    String[] raw = text.replace("\uFEFF", "").split("\\R", -1);
    boolean first = true;
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String code = codeIn(line);
      if (code == null && first && !line.contains(".")) {
        first = false;
        continue;
      }
      first = false;
      lines.add(new Line(i + 1, code == null ? line : code));
    }
    return lines;
  }

  private static String codeIn(String line) {
    for (String cell : line.split("[,;\\t]")) {
      String value = cell.strip();
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        value = value.substring(1, value.length() - 1).strip();
      }
      try {
        ReceiptCodes.parse(value);
        return value;
      } catch (ReceiptCodes.Malformed notThisCell) {
        // The next cell may hold it.
      }
    }
    return null;
  }
}
