package org.trialdesk.outcome.entity;

/** A RECIST 1.1 response: complete, partial, stable, progressive, not evaluable. */
public enum Response {
  CR,
  PR,
  SD,
  PD,
  NE;

  /** Whether it is a response in the sense of the response rate. */
  public boolean objective() {
    return this == CR || this == PR;
  }
}
