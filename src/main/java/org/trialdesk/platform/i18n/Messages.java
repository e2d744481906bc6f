package org.trialdesk.platform.i18n;

import java.text.MessageFormat;
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
   * The text for {@code key} in {@code locale}, with its {@link MessageFormat} arguments filled.
   */
  public static String format(Locale locale, String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle(locale).getString(key);
    } catch (MissingResourceException missing) {
      return key;
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }
}
