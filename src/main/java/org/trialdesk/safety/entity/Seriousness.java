package org.trialdesk.safety.entity;

/** What makes an adverse event serious (ICH E2A; docs/domain.md §5). */
public enum Seriousness {
  DEATH,
  LIFE_THREATENING,
  HOSPITALIZATION,
  DISABILITY,
  CONGENITAL_ANOMALY,
  IMPORTANT_MEDICAL_EVENT
}
