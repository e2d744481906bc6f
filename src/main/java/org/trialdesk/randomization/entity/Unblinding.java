package org.trialdesk.randomization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** An emergency unblinding of one subject: who, when and why. Never removed. */
@Entity
@Table(name = "unblinding")
public class Unblinding implements Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "trial_id")
  private Long trialId;

  @Column(name = "subject_id")
  private Long subjectKey;

  private String reason;

  @Column(name = "unblinded_by")
  private String unblindedBy;

  @Column(name = "unblinded_at")
  private Instant unblindedAt;

  protected Unblinding() {}

  public Unblinding(Long trialId, Long subjectKey, String reason, String by, Instant at) {
    this.trialId = trialId;
    this.subjectKey = subjectKey;
    this.reason = reason;
    this.unblindedBy = by;
    this.unblindedAt = at;
  }

  public String getReason() {
    return reason;
  }

  public String getUnblindedBy() {
    return unblindedBy;
  }

  public Instant getUnblindedAt() {
    return unblindedAt;
  }
}
