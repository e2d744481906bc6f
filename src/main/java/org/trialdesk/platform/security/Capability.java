package org.trialdesk.platform.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a role may do, declared once: the boundaries refuse a call without the capability ({@link
 * Caller#require}) and the pages render a control only when the caller has it ({@code
 * #{rights.may('...')}}), so a page never offers what its boundary refuses. Site scoping (a
 * coordinator works only at their own sites) is checked in the boundaries on top of this.
 */
public enum Capability {
  /** Trials, arms, sites, participations, randomization schemes, earlier allocations. */
  SET_UP(Role.ADMINISTRATOR),
  /** Accounts, their roles and sites. */
  ADMINISTER_USERS(Role.ADMINISTRATOR),
  /** NCI's CTCAE term list. */
  IMPORT_DICTIONARY(Role.ADMINISTRATOR),
  /** The sponsor's submissions of SUSARs to the authorities. */
  RECORD_EXPEDITED_REPORTS(Role.ADMINISTRATOR),
  /** Enroll, randomize, change a subject's status, record adverse events and doses. */
  RECORD_SUBJECT_DATA(Role.COORDINATOR, Role.INVESTIGATOR),
  /** Sign a serious adverse event (the site's SAE report). */
  SIGN_ADVERSE_EVENTS(Role.INVESTIGATOR),
  /** Replace a computed tumour response by the investigator's judgement, with the reason. */
  OVERRIDE_RESPONSE(Role.INVESTIGATOR),
  /** Emergency unblinding of one subject. */
  UNBLIND(Role.INVESTIGATOR),
  /** Sign a trial; which meanings each role may sign is {@code TrialSigning}'s. */
  SIGN_TRIALS(Role.ADMINISTRATOR, Role.MONITOR, Role.STATISTICIAN),
  /** The allocation log, its verification, balance and the randomization scheme. */
  READ_ALLOCATIONS(Role.ADMINISTRATOR, Role.MONITOR, Role.STATISTICIAN),
  /** Notices of emergency unblindings. */
  READ_UNBLINDING_NOTICES(Role.ADMINISTRATOR, Role.MONITOR),
  /** The toxicity table and other analyses across arms. */
  ANALYSE(Role.ADMINISTRATOR, Role.MONITOR, Role.STATISTICIAN),
  /** The whole audit trail (record pages show their own history to everyone who sees them). */
  READ_AUDIT_TRAIL(Role.ADMINISTRATOR, Role.MONITOR);

  private final Set<Role> roles;

  Capability(Role first, Role... more) {
    this.roles = EnumSet.of(first, more);
  }

  /** Whether anyone holding {@code held} has this capability. */
  public boolean heldBy(Set<Role> held) {
    return held.stream().anyMatch(roles::contains);
  }

  public Set<Role> roles() {
    return EnumSet.copyOf(roles);
  }
}
