package org.trialdesk.trial.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.trialdesk.trial.entity.CriterionType;
import org.trialdesk.trial.entity.DurationUnit;
import org.trialdesk.trial.entity.TrialPhase;

/** The values of the trial's code lists for the pages' drop-downs (labels come from the bundle). */
@Named
@ApplicationScoped
public class TrialChoices {

  public TrialPhase[] getPhases() {
    return TrialPhase.values();
  }

  public DurationUnit[] getDurationUnits() {
    return DurationUnit.values();
  }

  public CriterionType[] getCriterionTypes() {
    return CriterionType.values();
  }
}
