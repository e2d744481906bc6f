package org.trialdesk.randomization.boundary;

import java.time.Instant;
import org.trialdesk.randomization.entity.Allocation;

/**
 * A subject's assignment as the caller may see it (docs/api.md): {@code arm} is {@code null} when
 * the trial is blinded for the caller, and {@code sequence} and {@code stratumSequence} are shown
 * only to those who audit (they would let a site infer block positions), and so is {@code hash}:
 * the other hashed fields range over few values, so trying them would reveal the same. {@code
 * receipt} is the code the site keeps (see {@code ReceiptCodes}): it reveals neither.
 */
public record AssignmentDocument(
    String subjectId,
    String arm,
    String treatmentCode,
    Long sequence,
    Integer stratumSequence,
    String stratum,
    Instant randomizedAt,
    String randomizedBy,
    String hash,
    boolean imported,
    String receipt) {

  public static AssignmentDocument of(
      Allocation a, boolean armVisible, boolean auditor, String receipt) {
    return new AssignmentDocument(
        a.getSubjectId(),
        armVisible ? a.getArm() : null,
        a.getTreatmentCode(),
        auditor ? a.getSequence() : null,
        auditor ? a.getStratumSequence() : null,
        a.getStratum(),
        a.getRandomizedAt(),
        a.getRandomizedBy(),
        auditor ? a.getHash() : null,
        a.isImported(),
        receipt);
  }
}
