package org.trialdesk.trial.entity;

/** Route of administration. */
public enum Route {
  HEPATIC_ARTERIAL_INFUSION,
  INTRAVENOUS,
  ORAL,
  SUBCUTANEOUS,
  INTRAMUSCULAR
}
