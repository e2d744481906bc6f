package org.trialdesk.trial.entity;

import java.util.Set;

/**
 * Where a trial stands. It only moves forward, except that accrual may reopen after a temporary
 * closure: draft → recruiting → closed to accrual (→ recruiting) → completed.
 */
public enum TrialStatus {
  DRAFT,
  RECRUITING,
  CLOSED_TO_ACCRUAL,
  COMPLETED;

  public Set<TrialStatus> successors() {
    return switch (this) {
      case DRAFT -> Set.of(RECRUITING);
      case RECRUITING -> Set.of(CLOSED_TO_ACCRUAL);
      case CLOSED_TO_ACCRUAL -> Set.of(RECRUITING, COMPLETED);
      case COMPLETED -> Set.of();
    };
  }

  public boolean canChangeTo(TrialStatus next) {
    return successors().contains(next);
  }
}
