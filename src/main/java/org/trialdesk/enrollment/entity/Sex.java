package org.trialdesk.enrollment.entity;

/** Sex as recorded at screening. */
public enum Sex {
  M,
  F
}
