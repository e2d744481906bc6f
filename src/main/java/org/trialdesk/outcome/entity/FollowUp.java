package org.trialdesk.outcome.entity;

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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.trialdesk.audit.entity.Voidable;
import org.trialdesk.enrollment.entity.Subject;

/** A follow-up contact: the date, vital status, a death's date and cause, a recurrence. */
@Entity
@Table(name = "follow_up")
public class FollowUp implements Serializable, Voidable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "subject_id", updatable = false)
  private Subject subject;

  @Column(name = "contact_date")
  private LocalDate contactDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "vital_status")
  private VitalStatus vitalStatus;

  @Column(name = "death_date")
  private LocalDate deathDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "death_cause")
  private DeathCause deathCause;

  @Column(name = "recurrence_date")
  private LocalDate recurrenceDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "recurrence_location")
  private RecurrenceLocation recurrenceLocation;

  private boolean voided;

  @Column(name = "void_reason")
  private String voidReason;

  @Column(name = "recorded_by", updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", updatable = false)
  private Instant recordedAt;

  protected FollowUp() {}

  public FollowUp(
      Subject subject,
      LocalDate contactDate,
      VitalStatus vitalStatus,
      LocalDate deathDate,
      DeathCause deathCause,
      LocalDate recurrenceDate,
      RecurrenceLocation recurrenceLocation,
      String recordedBy,
      Instant recordedAt) {
    this.subject = subject;
    this.contactDate = contactDate;
    this.vitalStatus = vitalStatus;
    this.deathDate = deathDate;
    this.deathCause = deathCause;
    this.recurrenceDate = recurrenceDate;
    this.recurrenceLocation = recurrenceLocation;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  @Override
  public String auditType() {
    return "FollowUp";
  }

  @Override
  public String auditKey() {
    return subject.getTrial().getCode()
        + "/subjects/"
        + subject.getSubjectId()
        + "/follow-ups/"
        + id;
  }

  @Override
  public String auditSite() {
    return subject.getSite().getCode();
  }

  @Override
  public Map<String, String> auditState() {
    Map<String, String> state = new LinkedHashMap<>();
    state.put("contactDate", String.valueOf(contactDate));
    state.put("vitalStatus", String.valueOf(vitalStatus));
    state.put("deathDate", deathDate == null ? null : deathDate.toString());
    state.put("deathCause", deathCause == null ? null : deathCause.name());
    state.put("recurrenceDate", recurrenceDate == null ? null : recurrenceDate.toString());
    state.put("recurrenceLocation", recurrenceLocation == null ? null : recurrenceLocation.name());
    state.put("voided", String.valueOf(voided));
    state.put("voidReason", voidReason);
    return state;
  }

  public Long getId() {
    return id;
  }

  public Subject getSubject() {
    return subject;
  }

  public LocalDate getContactDate() {
    return contactDate;
  }

  public VitalStatus getVitalStatus() {
    return vitalStatus;
  }

  public LocalDate getDeathDate() {
    return deathDate;
  }

  public DeathCause getDeathCause() {
    return deathCause;
  }

  public LocalDate getRecurrenceDate() {
    return recurrenceDate;
  }

  public RecurrenceLocation getRecurrenceLocation() {
    return recurrenceLocation;
  }

  @Override
  public boolean isVoided() {
    return voided;
  }

  public String getVoidReason() {
    return voidReason;
  }

  @Override
  public void voidWith(String reason) {
    voided = true;
    voidReason = reason;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
