package org.trialdesk.trial.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a trial's lifecycle with the reason given for it; never changed once written. */
@Entity
@Table(name = "trial_status_change")
public class TrialStatusChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "trial_id", updatable = false)
  private Trial trial;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false)
  private TrialStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", updatable = false)
  private TrialStatus to;

  @Column(updatable = false)
  private String reason;

  @Column(name = "changed_at", updatable = false)
  private Instant changedAt;

  protected TrialStatusChange() {}

  public TrialStatusChange(
      Trial trial, TrialStatus from, TrialStatus to, String reason, Instant changedAt) {
    this.trial = trial;
    this.from = from;
    this.to = to;
    this.reason = reason;
    this.changedAt = changedAt;
  }

  public TrialStatus getFrom() {
    return from;
  }

  public TrialStatus getTo() {
    return to;
  }

  public String getReason() {
    return reason;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
