package org.trialdesk.platform.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.trialdesk.platform.i18n.PageLocale;

/**
 * The locale of the view being rendered or posted to (chosen in the session). Read from the
 * session's choice, which the layout's {@code f:view} applies: a page's view action runs before the
 * view is built, while its root still has the browser's locale.
 */
@ApplicationScoped
public class ViewLocale implements PageLocale {

  @Inject LanguageSwitch language;

  @Override
  public Optional<Locale> current() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null || faces.getViewRoot() == null) {
      return Optional.empty();
    }
    return Optional.of(language.getLocale());
  }
}
