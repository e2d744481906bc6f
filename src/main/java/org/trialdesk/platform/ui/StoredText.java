package org.trialdesk.platform.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.trialdesk.platform.i18n.GeneratedText;

/** A stored text as the page's reader reads it: what TrialDesk wrote itself, in their language. */
@Named
@ApplicationScoped
public class StoredText {

  public String read(String stored) {
    return GeneratedText.read(stored, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }
}
