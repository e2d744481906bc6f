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
}
