package org.trialdesk.randomization.control;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.trialdesk.platform.security.Role;
import org.trialdesk.trial.entity.Arm;

/**
 * Who may know arms (docs/domain.md, randomization): everyone in an open trial; in a blinded one,
 * monitors and statisticians, who audit and analyse, and the people of a subject's own site once
 * that subject has been unblinded in an emergency. Sequence numbers are for those who audit, never
 * for the sites.
 */
public final class BlindingPolicy {

  private BlindingPolicy() {}

  /** Whether these roles know the arms of a trial's subjects in general (lists, tables). */
  public static boolean armsVisibleInTrial(boolean blinded, Set<Role> roles) {
    return !blinded || roles.contains(Role.MONITOR) || roles.contains(Role.STATISTICIAN);
  }

  /**
   * Whether the caller may know one subject's arm: as for the trial, or, at the subject's own site,
   * after the subject's emergency unblinding.
   */
  public static boolean armVisible(
      boolean blinded,
      Set<Role> roles,
      Set<String> callerSites,
      String subjectSite,
      boolean subjectUnblinded) {
    return armsVisibleInTrial(blinded, roles)
        || (callerSites.contains(subjectSite) && subjectUnblinded);
  }

  /** Whether these roles see sequence numbers and the scheme's working. */
  public static boolean auditor(Set<Role> roles) {
    return roles.contains(Role.MONITOR)
        || roles.contains(Role.STATISTICIAN)
        || roles.contains(Role.ADMINISTRATOR);
  }

  /**
   * The agents a subject's adverse events are attributed to and its doses recorded against: those
   * of its arm when the arm may be known, else those of every arm (naming only the arm's agents
   * would unblind it). None before randomization ({@code allocatedArm} null).
   */
  public static List<String> agentsShown(List<Arm> arms, String allocatedArm, boolean armKnown) {
    if (allocatedArm == null) {
      return List.of();
    }
    Set<String> agents = new LinkedHashSet<>();
    for (Arm arm : arms) {
      if (!armKnown || arm.getCode().equals(allocatedArm)) {
        arm.getRegimen().forEach(line -> agents.add(line.getAgent()));
      }
    }
    return List.copyOf(agents);
  }
}
