package org.trialdesk.trial.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.ui.FacesMessages;
import org.trialdesk.trial.boundary.RegimenVocabulary;
import org.trialdesk.trial.control.RegimenTerms;
import org.trialdesk.trial.entity.RegimenTerm;
import org.trialdesk.trial.entity.RegimenTermKind;

/** The administrator's page of the regimen vocabulary: every term, and a form to add one. */
@Named
@ViewScoped
public class RegimenTermsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS =
      Map.of(
          "kind", "term:kind",
          "code", "term:code",
          "cdiscCode", "term:cdiscCode",
          "nameEn", "term:nameEn",
          "nameJa", "term:nameJa");

  @Inject RegimenVocabulary vocabulary;

  private RegimenTerm term = new RegimenTerm();
  private transient List<RegimenTerm> terms;

  public void add() {
    try {
      RegimenTerm added = vocabulary.add(term);
      FacesMessages.info("regimenTerm.added", added.getCode());
      term = new RegimenTerm();
      terms = null;
    } catch (DomainException | InvalidFieldsException refused) {
      FacesMessages.error(refused, FIELDS);
    }
  }

  /** Every term, routes first, then units and schedules, each list in the order it grew. */
  public List<RegimenTerm> getTerms() {
    if (terms == null) {
      RegimenTerms all = vocabulary.terms();
      terms =
          Arrays.stream(RegimenTermKind.values()).flatMap(kind -> all.of(kind).stream()).toList();
    }
    return terms;
  }

  public RegimenTermKind[] getKinds() {
    return RegimenTermKind.values();
  }

  public RegimenTerm getTerm() {
    return term;
  }
}
