package org.trialdesk.randomization.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.audit.entity.AuditRecord;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.error.InvalidInputException;
import org.trialdesk.platform.ui.FacesMessages;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.randomization.boundary.RandomizationSchemes;
import org.trialdesk.randomization.entity.RandomizationScheme;
import org.trialdesk.trial.boundary.SchemeDocument;
import org.trialdesk.trial.boundary.TrialService;
import org.trialdesk.trial.entity.RandomizationMethod;
import org.trialdesk.trial.entity.Trial;
import org.trialdesk.trial.entity.TrialStatus;

/**
 * The administrator's page for a trial's randomization scheme: set freely while the trial is a
 * draft, changed afterwards only as an amendment with a reason.
 */
@Named
@ViewScoped
public class SchemeEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RandomizationSchemes schemes;
  @Inject TrialService trials;
  @Inject AuditTrail trail;

  private String trialCode;
  private Trial trial;
  private RandomizationScheme current;
  private List<AuditRecord> history;
  private final SchemeForm form = new SchemeForm();

  public void load() {
    trial = PageParameters.found(() -> trials.find(trialCode));
    if (trial == null) {
      return;
    }
    Optional<RandomizationScheme> read =
        PageParameters.found(() -> schemes.currentForReading(trial));
    if (read == null) {
      return;
    }
    current = read.orElse(null);
    form.fill(trial.getFactors(), current);
    if (current != null) {
      history = trail.history(current);
    }
  }

  public String save() {
    SchemeDocument doc;
    try {
      doc = form.document(isAmendment());
    } catch (NumberFormatException notNumbers) {
      FacesMessages.error(
          new InvalidInputException("blockSizes", "scheme.blockSizes.numbers"),
          Map.of("blockSizes", "scheme:blockSizes"));
      return null;
    }
    try {
      schemes.configure(trialCode, doc);
    } catch (DomainException | InvalidFieldsException refused) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("method", "scheme:method");
      fields.put("blockSizes", "scheme:blockSizes");
      fields.put("stratifyBy", "scheme:factors");
      fields.put("minimizationFactors", "scheme:factors");
      fields.put("preferredArmProbability", "scheme:probability");
      fields.put("stratumCap", "scheme:stratumCap");
      fields.put("reasonForChange", "scheme:reason");
      fields.put("amendment", "scheme:reason");
      for (int i = 0; i < 10; i++) {
        fields.put("blockSizes[" + i + "]", "scheme:blockSizes");
        fields.put("stratifyBy[" + i + "]", "scheme:factors");
        fields.put("minimizationFactors[" + i + "].factor", "scheme:factors");
        fields.put("minimizationFactors[" + i + "].weight", "scheme:factors");
      }
      FacesMessages.error(refused, fields);
      return null;
    }
    FacesMessages.info("scheme.saved", trialCode);
    return "/trial/randomization?faces-redirect=true&code=" + trialCode;
  }

  public RandomizationMethod[] getMethods() {
    return RandomizationMethod.values();
  }

  public boolean isAmendment() {
    return trial.getStatus() != TrialStatus.DRAFT;
  }

  public String getTrialCode() {
    return trialCode;
  }

  public void setTrialCode(String trialCode) {
    this.trialCode = trialCode;
  }

  public Trial getTrial() {
    return trial;
  }

  public RandomizationScheme getCurrent() {
    return current;
  }

  public List<AuditRecord> getHistory() {
    return history;
  }

  public SchemeForm getForm() {
    return form;
  }
}
