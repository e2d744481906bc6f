package org.trialdesk.randomization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.io.Serializable;
import java.time.Instant;

/** Something the people in a role must know about, e.g. monitors about an emergency unblinding. */
@Entity
public class Notification implements Serializable {

  public static final String UNBLINDING = "UNBLINDING";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "trial_id")
  private Long trialId;

  private String audience;

  private String kind;

  @Column(name = "subject_code")
  private String subjectId;

  private String detail;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  protected Notification() {}

  public Notification(
      Long trialId,
      String audience,
      String kind,
      String subjectId,
      String detail,
      String by,
      Instant at) {
    this.trialId = trialId;
    this.audience = audience;
    this.kind = kind;
    this.subjectId = subjectId;
    this.detail = detail;
    this.createdBy = by;
    this.createdAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getAudience() {
    return audience;
  }

  public String getKind() {
    return kind;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public String getDetail() {
    return detail;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
