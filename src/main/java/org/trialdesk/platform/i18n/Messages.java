package org.trialdesk.platform.i18n;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The application's texts ({@code messages*.properties}), for code that runs outside a page. */
public final class Messages {

  public static final String BUNDLE = "messages";

  private Messages() {}

  public static ResourceBundle bundle(Locale locale) {
    // No fallback to the server's default locale: English is the base bundle, whatever the JVM's.
    return ResourceBundle.getBundle(
        BUNDLE,
        locale,
        Messages.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
  }

  /**
   * The text for {@code key} in {@code locale}, with its {@link MessageFormat} arguments filled; a
   * date argument (a rule's "after today (…)") reads in the language's form, as on the page.
   */
  public static String format(Locale locale, String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle(locale).getString(key);
    } catch (MissingResourceException missing) {
      return key;
    }
    if (arguments.length == 0) {
      return pattern;
    }
    Object[] shown =
        Arrays.stream(arguments)
            .map(a -> a instanceof LocalDate day ? date(locale, day) : a)
            .toArray();
    return new MessageFormat(pattern, locale).format(shown);
  }

  /** A calendar date in the language's form ({@code format.date}), e.g. 2026/12/02 in Japanese. */
  public static String date(Locale locale, LocalDate date) {
    return DateTimeFormatter.ofPattern(format(locale, "format.date"), locale).format(date);
  }
}
