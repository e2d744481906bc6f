package org.trialdesk.security.entity;

/** What a personal API token is at a given moment; only an active one authenticates. */
public enum TokenStatus {
  ACTIVE,
  EXPIRED,
  REVOKED
}
