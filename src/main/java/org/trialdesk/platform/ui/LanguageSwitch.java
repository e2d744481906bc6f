package org.trialdesk.platform.ui;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.trialdesk.platform.i18n.SupportedLocales;

/**
 * The language of the pages for this session: the browser's preference until the user picks one
 * with the EN / 日本語 switch, then that choice for the rest of the session.
 */
@Named
@SessionScoped
public class LanguageSwitch implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
      locale = SupportedLocales.bestOf(requested == null ? List.of() : List.of(requested));
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  /**
   * Switches language and shows the same page again, with its parameters, in the new language: a
   * fresh view, unless the page collects input over steps ({@link KeepsTypedInput}), whose view is
   * kept with everything entered so far.
   */
  public String switchTo(String language) {
    locale = SupportedLocales.bestOf(List.of(Locale.forLanguageTag(language)));
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(locale);
    if (faces.getViewRoot().getViewMap().values().stream()
        .anyMatch(KeepsTypedInput.class::isInstance)) {
      return null;
    }
    return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
  }
}
