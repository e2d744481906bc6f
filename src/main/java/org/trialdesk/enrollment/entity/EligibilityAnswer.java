package org.trialdesk.enrollment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;

/**
 * One criterion answered for one subject: whether it is met (an inclusion criterion fulfilled, an
 * exclusion criterion present), by whom and when.
 */
@Embeddable
public class EligibilityAnswer implements Serializable {

  @Column(name = "criterion_code")
  private String criterionCode;

  private boolean met;

  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  protected EligibilityAnswer() {}

  public EligibilityAnswer(String criterionCode, boolean met, String answeredBy, Instant at) {
    this.criterionCode = criterionCode;
    this.met = met;
    this.answeredBy = answeredBy;
    this.answeredAt = at;
  }

  public String getCriterionCode() {
    return criterionCode;
  }

  public boolean isMet() {
    return met;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }
}
