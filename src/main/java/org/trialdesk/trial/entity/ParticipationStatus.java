package org.trialdesk.trial.entity;

/**
 * A site's standing in one trial; only an active site may enroll. Part of the trial's set-up
 * vocabulary (its document lists its sites); the participations themselves are the site
 * capability's.
 */
public enum ParticipationStatus {
  PENDING,
  ACTIVE,
  SUSPENDED,
  CLOSED
}
