package org.trialdesk.trial.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.trialdesk.trial.boundary.RegimenVocabulary;
import org.trialdesk.trial.control.RegimenFormatter;
import org.trialdesk.trial.control.RegimenTerms;
import org.trialdesk.trial.entity.AgentDose;
import org.trialdesk.trial.entity.RegimenTerm;
import org.trialdesk.trial.entity.RegimenTermKind;

/**
 * Regimen lines as people read them, in the page's language, and the vocabulary's terms for the
 * pages' drop-downs; the vocabulary is read once per request.
 */
@Named
@RequestScoped
public class RegimenText {

  @Inject RegimenVocabulary vocabulary;

  private RegimenTerms terms;
  private RegimenFormatter formatter;

  public String of(AgentDose line) {
    if (line.getDose() == null
        || line.getUnit() == null
        || line.getRoute() == null
        || line.getSchedule() == null) {
      return "";
    }
    return formatter().format(line);
  }

  /** A unit's symbol, e.g. for a dose given. */
  public String unit(String code) {
    return code == null ? "" : formatter().name(RegimenTermKind.UNIT, code);
  }

  /** A term as a drop-down shows it: "Hepatic arterial", "Twice daily", but "mg" as written. */
  public String name(RegimenTerm term) {
    String name = term.name(locale());
    return term.getKind() == RegimenTermKind.UNIT || name.isEmpty()
        ? name
        : name.substring(0, 1).toUpperCase(locale()) + name.substring(1);
  }

  public List<RegimenTerm> getUnits() {
    return terms().of(RegimenTermKind.UNIT);
  }

  public List<RegimenTerm> getRoutes() {
    return terms().of(RegimenTermKind.ROUTE);
  }

  public List<RegimenTerm> getSchedules() {
    return terms().of(RegimenTermKind.SCHEDULE);
  }

  private RegimenTerms terms() {
    if (terms == null) {
      terms = vocabulary.terms();
    }
    return terms;
  }

  private RegimenFormatter formatter() {
    if (formatter == null) {
      formatter = vocabulary.formatter(locale());
    }
    return formatter;
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
