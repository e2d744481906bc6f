package org.trialdesk.platform.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Optional;
import org.trialdesk.platform.i18n.PageLocale;

/** The locale of the view being rendered or posted to (chosen in the session). */
@ApplicationScoped
public class ViewLocale implements PageLocale {

  @Override
  public Optional<Locale> current() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null || faces.getViewRoot() == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(faces.getViewRoot().getLocale());
  }
}
