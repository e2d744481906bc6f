package org.trialdesk.trial.control;

import java.util.EnumSet;
import java.util.Set;
import org.trialdesk.audit.entity.SignatureMeaning;
import org.trialdesk.platform.security.Role;

/**
 * Who may sign a trial with which meaning. The trial (its protocol as entered: arms, regimens,
 * factors, criteria, sites) is the sponsor's document: the sponsor's data manager authors and
 * approves it; monitors and statisticians review it. Site staff do not sign the trial: they sign
 * their own records (an investigator signs serious adverse events).
 */
public final class TrialSigning {

  private TrialSigning() {}

  /** The meanings a caller holding {@code roles} may sign a trial with, in the enum's order. */
  public static Set<SignatureMeaning> meaningsFor(Set<Role> roles) {
    Set<SignatureMeaning> meanings = EnumSet.noneOf(SignatureMeaning.class);
    if (roles.contains(Role.ADMINISTRATOR)) {
      meanings.add(SignatureMeaning.AUTHORED);
      meanings.add(SignatureMeaning.APPROVED);
    }
    if (roles.contains(Role.MONITOR) || roles.contains(Role.STATISTICIAN)) {
      meanings.add(SignatureMeaning.REVIEWED);
    }
    return meanings;
  }
}
