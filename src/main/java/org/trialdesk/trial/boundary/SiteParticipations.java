package org.trialdesk.trial.boundary;

import java.util.List;

/**
 * The sites taking part in a trial, as its set-up document and page show them. Implemented by the
 * site capability, which keeps the participations and depends on trials, not the other way round.
 */
public interface SiteParticipations {

  /** The trial's sites in code order. */
  List<ParticipationDocument> ofTrial(String trialCode);

  /**
   * Joins one site to a newly created trial, in the caller's transaction; an unknown or repeated
   * site is a bad value of {@code field}.
   */
  void join(String trialCode, String field, ParticipationDocument site);
}
