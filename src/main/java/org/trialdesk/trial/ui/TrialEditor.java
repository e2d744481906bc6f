package org.trialdesk.trial.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.ui.FacesMessages;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.security.ui.Rights;
import org.trialdesk.trial.boundary.TrialService;
import org.trialdesk.trial.entity.CriterionType;
import org.trialdesk.trial.entity.EligibilityCriterion;
import org.trialdesk.trial.entity.FactorLevel;
import org.trialdesk.trial.entity.StratificationFactor;
import org.trialdesk.trial.entity.Trial;

/**
 * The trial editor: a new trial (no {@code code} parameter) or an existing one's own fields,
 * stratification factors with their levels, and eligibility criteria.
 */
@Named
@ViewScoped
public class TrialEditor implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS =
      Map.of(
          "reasonForChange",
          "editor:reason",
          "code",
          "editor:code",
          "title",
          "editor:title",
          "titleJa",
          "editor:titleJa",
          "targetEnrollment",
          "editor:target",
          "saeDeadlineHours",
          "editor:saeDeadline");

  private String reasonForChange;

  @Inject TrialService trials;
  @Inject Rights rights;

  private String code;
  private Trial trial;

  public void load() {
    if (trial != null) {
      return;
    }
    if (!rights.pageAllowed(Capability.SET_UP)) {
      return;
    }
    trial =
        code == null || code.isBlank()
            ? Trial.blank()
            : PageParameters.found(() -> trials.find(code));
  }

  public boolean isNew() {
    return trial.getId() == null;
  }

  public String save() {
    try {
      Trial saved = isNew() ? trials.create(trial) : trials.update(trial, reasonForChange);
      FacesMessages.info("trial.saved", saved.getCode());
      return "/trial/view?faces-redirect=true&code=" + saved.getCode();
    } catch (DomainException | InvalidFieldsException refused) {
      FacesMessages.error(refused, FIELDS);
    }
    return null;
  }

  public void addFactor() {
    trial.withFactor(StratificationFactor.blank());
  }

  public void removeFactor(StratificationFactor factor) {
    trial.getFactors().remove(factor);
  }

  public void addLevel(StratificationFactor factor) {
    factor.getLevels().add(new FactorLevel());
  }

  public void removeLevel(StratificationFactor factor, FactorLevel level) {
    factor.getLevels().remove(level);
  }

  public void addCriterion() {
    trial.withCriterion(new EligibilityCriterion(null, CriterionType.INCLUSION, null));
  }

  public void removeCriterion(EligibilityCriterion criterion) {
    trial.getCriteria().remove(criterion);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Trial getTrial() {
    return trial;
  }

  public String getReasonForChange() {
    return reasonForChange;
  }

  public void setReasonForChange(String reasonForChange) {
    this.reasonForChange = reasonForChange;
  }
}
