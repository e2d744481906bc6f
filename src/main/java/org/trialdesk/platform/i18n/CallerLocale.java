package org.trialdesk.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The language of whoever made the current request, for messages written below the pages: the
 * language an API caller asked for, or the language a page is shown in (chosen in the session).
 */
@RequestScoped
public class CallerLocale {

  @Inject PageLocale page;

  private Locale locale;

  public Locale get() {
    if (locale != null) {
      return locale;
    }
    return page.current().orElse(SupportedLocales.ALL.get(0));
  }

  /** Set by the API from the request's Accept-Language. */
  public void set(Locale locale) {
    this.locale = locale;
  }
}
