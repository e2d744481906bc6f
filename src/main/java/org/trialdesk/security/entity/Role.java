package org.trialdesk.security.entity;

/** What a person may do (DOMAIN.md §2). Coordinators and investigators belong to sites. */
public enum Role {
  ADMINISTRATOR,
  COORDINATOR,
  INVESTIGATOR,
  MONITOR,
  STATISTICIAN
}
