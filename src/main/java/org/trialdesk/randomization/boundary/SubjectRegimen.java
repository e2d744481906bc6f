package org.trialdesk.randomization.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.randomization.control.BlindingPolicy;
import org.trialdesk.randomization.entity.Allocation;
import org.trialdesk.trial.boundary.TrialService;
import org.trialdesk.trial.entity.AgentDose;
import org.trialdesk.trial.entity.Trial;

/**
 * What a randomized subject's regimen holds, as far as the caller may know its arm: the agents
 * adverse events are attributed to and doses recorded against, and the planned doses.
 */
@ApplicationScoped
@Transactional
public class SubjectRegimen {

  @Inject TrialService trials;
  @Inject Assignments assignments;
  @Inject Blinding blinding;

  /** See {@link BlindingPolicy#agentsShown}. */
  public List<String> agentsOf(Subject subject) {
    // Loaded here whole: the subject may come from a page, read in an earlier transaction.
    Trial trial = trials.find(subject.getTrial().getCode());
    Optional<Allocation> allocation = assignments.allocationOf(subject);
    return BlindingPolicy.agentsShown(
        trial.getArms(),
        allocation.map(Allocation::getArm).orElse(null),
        allocation.isPresent() && blinding.armVisible(trial, subject));
  }

  /**
   * The regimen of the subject's arm, agent → planned dose, when the caller may know the arm; empty
   * otherwise. Read once per subject, not per dose shown.
   */
  public Map<String, AgentDose> plannedRegimen(Subject subject) {
    Trial trial = trials.find(subject.getTrial().getCode());
    Map<String, AgentDose> planned = new LinkedHashMap<>();
    assignments
        .allocationOf(subject)
        .filter(a -> blinding.armVisible(trial, subject))
        .flatMap(a -> trial.arm(a.getArm()))
        .ifPresent(arm -> arm.getRegimen().forEach(l -> planned.putIfAbsent(l.getAgent(), l)));
    return planned;
  }
}
