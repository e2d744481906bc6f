package org.trialdesk.enrollment.control;

import java.util.Optional;
import org.trialdesk.platform.validation.Refusal;
import org.trialdesk.trial.entity.TrialStatus;

/**
 * Whether registration is open at all, before the registration itself is read (docs/domain.md,
 * enrollment): the trial recruits, and the registering site's participation is active. Either
 * refusal is a conflict with the state of the trial, not a fault in the request.
 */
public final class RegistrationOpening {

  private RegistrationOpening() {}

  /** Subjects are registered only while the trial recruits. */
  public static Optional<Refusal> trialRecruiting(String trialCode, TrialStatus status) {
    return status == TrialStatus.RECRUITING
        ? Optional.empty()
        : Optional.of(Refusal.of(null, "enrollment.notRecruiting", trialCode, status));
  }

  /**
   * A site registers only while its participation is active; {@code field} is where the request
   * names the site.
   */
  public static Optional<Refusal> siteActive(
      String trialCode, String siteCode, boolean active, String field) {
    return active
        ? Optional.empty()
        : Optional.of(Refusal.of(field, "enrollment.siteInactive", siteCode, trialCode));
  }
}
