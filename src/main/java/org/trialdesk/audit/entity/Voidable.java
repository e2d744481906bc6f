package org.trialdesk.audit.entity;

/**
 * A clinical record that is never deleted: a mistaken one is marked void with a reason and stays,
 * marked, in the subject's record and in the audit trail.
 */
public interface Voidable extends Auditable {

  boolean isVoided();

  void voidWith(String reason);
}
