package org.trialdesk.platform.security;

/** What a person may do (docs/domain.md §2). Coordinators and investigators belong to sites. */
public enum Role {
  ADMINISTRATOR,
  COORDINATOR,
  INVESTIGATOR,
  MONITOR,
  STATISTICIAN
}
