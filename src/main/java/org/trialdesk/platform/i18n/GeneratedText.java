package org.trialdesk.platform.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Text TrialDesk writes into a record itself — an import's summary in the audit trail, the reason
 * it gives for a change it makes — kept as a bundle key with its arguments ({@code
 * @import.done|12}) and read in each reader's language. Text people typed is stored as typed and
 * read back unchanged.
 */
public final class GeneratedText {

  private static final String MARK = "@";
  private static final String SEPARATOR = "|";

  private GeneratedText() {}

  /** The stored form of the bundle's {@code key} with {@code arguments}. */
  public static String of(String key, Object... arguments) {
    return MARK
        + key
        + Arrays.stream(arguments)
            .map(argument -> SEPARATOR + argument)
            .collect(Collectors.joining());
  }

  /** A stored text for {@code reader}: generated text in the reader's language, else as stored. */
  public static String read(String stored, Locale reader) {
    if (stored == null || !stored.startsWith(MARK)) {
      return stored;
    }
    String[] parts = stored.substring(MARK.length()).split("\\|", -1);
    ResourceBundle bundle = Messages.bundle(reader);
    if (!bundle.containsKey(parts[0])) {
      return stored;
    }
    return Messages.format(reader, parts[0], (Object[]) Arrays.copyOfRange(parts, 1, parts.length));
  }
}
