package org.trialdesk.trial.boundary;

import java.util.Optional;

/**
 * The randomization scheme as part of a trial's set-up document. Implemented by the randomization
 * capability, which depends on trials and not the other way round.
 */
public interface SchemeConfiguration {

  /** The current scheme of the trial, if one is configured. */
  Optional<SchemeDocument> schemeOf(String trialCode);

  /** Configures (or, by amendment, changes) the trial's scheme. */
  SchemeDocument configure(String trialCode, SchemeDocument scheme);
}
