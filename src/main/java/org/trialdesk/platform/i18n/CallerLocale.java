package org.trialdesk.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import java.util.Locale;

/** The language of whoever made the current request, for messages written below the pages. */
@RequestScoped
public class CallerLocale {

  private Locale locale = SupportedLocales.ALL.get(0);

  public Locale get() {
    return locale;
  }

  public void set(Locale locale) {
    this.locale = locale;
  }
}
