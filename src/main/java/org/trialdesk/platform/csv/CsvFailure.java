package org.trialdesk.platform.csv;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where Commons CSV gave up on a file. Its parser reports a broken line (an unterminated quote, a
 * character after a closing quote) as an unchecked exception naming the line in its message; the
 * imports turn that into a problem on that line like any other, never a server error.
 */
public final class CsvFailure {

  private static final Pattern LINE = Pattern.compile("(?:\\((?:start)?line |at line: )(\\d{1,9})");

  private CsvFailure() {}

  /** The line the parser names in {@code failure} or its causes; 1 when none is named. */
  public static int lineOf(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      Matcher m = cause.getMessage() == null ? null : LINE.matcher(cause.getMessage());
      if (m != null && m.find()) {
        return Math.max(1, Integer.parseInt(m.group(1)));
      }
    }
    return 1;
  }
}
