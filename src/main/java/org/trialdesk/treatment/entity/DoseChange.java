package org.trialdesk.treatment.entity;

/** How a dose given differs from the plan; any change but NONE needs its reason. */
public enum DoseChange {
  NONE,
  REDUCED,
  INTERRUPTED,
  WITHDRAWN
}
