package org.trialdesk.audit.entity;

/** What the signer declares by signing. */
public enum SignatureMeaning {
  REVIEWED,
  APPROVED,
  AUTHORED
}
