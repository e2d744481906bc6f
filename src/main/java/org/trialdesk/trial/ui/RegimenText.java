package org.trialdesk.trial.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.trialdesk.platform.i18n.Messages;
import org.trialdesk.trial.control.RegimenFormatter;
import org.trialdesk.trial.entity.AgentDose;

/** A regimen line as people read it, in the page's language. */
@Named
@RequestScoped
public class RegimenText {

  private RegimenFormatter formatter;

  public String of(AgentDose line) {
    if (line.getDose() == null
        || line.getUnit() == null
        || line.getRoute() == null
        || line.getSchedule() == null) {
      return "";
    }
    if (formatter == null) {
      formatter =
          new RegimenFormatter(
              Messages.bundle(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }
    return formatter.format(line);
  }
}
