package org.trialdesk.site.entity;

/** A site's standing in one trial; only an active site may enroll. */
public enum ParticipationStatus {
  PENDING,
  ACTIVE,
  SUSPENDED,
  CLOSED
}
