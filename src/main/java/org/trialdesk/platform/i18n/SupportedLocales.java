package org.trialdesk.platform.i18n;

import java.util.List;
import java.util.Locale;

/** The languages TrialDesk speaks; the first is the fallback. */
public final class SupportedLocales {

  public static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.JAPANESE);

  private SupportedLocales() {}

  /** The best supported language among those a client accepts, in its order of preference. */
  public static Locale bestOf(List<Locale> acceptable) {
    for (Locale wanted : acceptable) {
      for (Locale supported : ALL) {
        if (supported.getLanguage().equals(wanted.getLanguage())) {
          return supported;
        }
      }
    }
    return ALL.get(0);
  }

  /**
   * Of a text kept in both languages, the one for {@code reader}: the Japanese for a Japanese
   * reader when there is one, the English otherwise.
   */
  public static String pick(Locale reader, String english, String japanese) {
    boolean wantsJapanese =
        reader != null && Locale.JAPANESE.getLanguage().equals(reader.getLanguage());
    return wantsJapanese && japanese != null && !japanese.isBlank() ? japanese : english;
  }
}
