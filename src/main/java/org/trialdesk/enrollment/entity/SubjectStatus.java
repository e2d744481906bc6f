package org.trialdesk.enrollment.entity;

import java.util.EnumSet;
import java.util.Set;

/** Where a subject stands (docs/domain.md §4), and where it may go from there. */
public enum SubjectStatus {
  SCREENING,
  SCREEN_FAILED,
  RANDOMIZED,
  ON_TREATMENT,
  OFF_TREATMENT,
  IN_FOLLOW_UP,
  WITHDRAWN,
  LOST_TO_FOLLOW_UP,
  DIED;

  /** Statuses a person must give a reason for. */
  private static final Set<SubjectStatus> NEED_REASON =
      EnumSet.of(SCREEN_FAILED, OFF_TREATMENT, WITHDRAWN, LOST_TO_FOLLOW_UP);

  public boolean needsReason() {
    return NEED_REASON.contains(this);
  }

  /**
   * Changes a person may make by hand. Randomization itself is the engine's; screen failure comes
   * from the eligibility answers or by hand during screening; withdrawal, loss to follow-up and
   * death can happen at any point after randomization.
   */
  public boolean canChangeTo(SubjectStatus next) {
    return switch (this) {
      case SCREENING -> next == SCREEN_FAILED || next == WITHDRAWN;
      case RANDOMIZED ->
          EnumSet.of(ON_TREATMENT, WITHDRAWN, LOST_TO_FOLLOW_UP, DIED).contains(next);
      case ON_TREATMENT ->
          EnumSet.of(OFF_TREATMENT, WITHDRAWN, LOST_TO_FOLLOW_UP, DIED).contains(next);
      case OFF_TREATMENT ->
          EnumSet.of(IN_FOLLOW_UP, WITHDRAWN, LOST_TO_FOLLOW_UP, DIED).contains(next);
      case IN_FOLLOW_UP -> EnumSet.of(WITHDRAWN, LOST_TO_FOLLOW_UP, DIED).contains(next);
      case LOST_TO_FOLLOW_UP -> next == IN_FOLLOW_UP || next == DIED;
      case SCREEN_FAILED, WITHDRAWN, DIED -> false;
    };
  }
}
