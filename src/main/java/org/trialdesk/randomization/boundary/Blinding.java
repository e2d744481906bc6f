package org.trialdesk.randomization.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.platform.security.Caller;
import org.trialdesk.randomization.control.BlindingPolicy;
import org.trialdesk.trial.entity.Trial;

/** The blinding policy ({@link BlindingPolicy}) applied to the caller. */
@ApplicationScoped
public class Blinding {

  @Inject Caller caller;
  @Inject Unblindings unblindings;

  /** Whether the caller may know the arm of this subject. */
  public boolean armVisible(Trial trial, Subject subject) {
    // The unblinding lookup only when the answer depends on it.
    return BlindingPolicy.armsVisibleInTrial(trial.isBlinded(), caller.roles())
        || BlindingPolicy.armVisible(
            trial.isBlinded(),
            caller.roles(),
            caller.sites(),
            subject.getSite().getCode(),
            caller.sites().contains(subject.getSite().getCode()) && unblindings.unblinded(subject));
  }

  /** Whether the caller may know the arms of the trial's subjects in general (lists, tables). */
  public boolean armsVisibleInTrial(Trial trial) {
    return BlindingPolicy.armsVisibleInTrial(trial.isBlinded(), caller.roles());
  }

  /** Whether the caller sees sequence numbers: those who audit, never the sites. */
  public boolean auditor() {
    return BlindingPolicy.auditor(caller.roles());
  }
}
