package org.trialdesk.randomization.ui;

/**
 * The enrollment wizard's steps in order, and the way through them: a screen failure goes from
 * eligibility straight to confirming it, and a trial without factors to ask skips that step.
 */
public enum WizardStep {
  REGISTER,
  ELIGIBILITY,
  CONSENT,
  FACTORS,
  CONFIRM,
  RESULT;

  WizardStep next(boolean screenFailure, boolean factorsToAsk) {
    return switch (this) {
      case REGISTER -> ELIGIBILITY;
      case ELIGIBILITY -> screenFailure ? CONFIRM : CONSENT;
      case CONSENT -> factorsToAsk ? FACTORS : CONFIRM;
      default -> CONFIRM;
    };
  }

  WizardStep back(boolean screenFailure, boolean factorsToAsk) {
    return switch (this) {
      case ELIGIBILITY -> REGISTER;
      case CONSENT -> ELIGIBILITY;
      case FACTORS -> CONSENT;
      case CONFIRM -> screenFailure ? ELIGIBILITY : factorsToAsk ? FACTORS : CONSENT;
      default -> this;
    };
  }
}
