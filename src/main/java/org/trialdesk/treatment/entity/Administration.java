package org.trialdesk.treatment.entity;

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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.trialdesk.audit.entity.Voidable;
import org.trialdesk.enrollment.entity.Subject;

/**
 * One dose of one agent given to a subject: the date, the dose and unit, and how it differs from
 * the plan (reduced, interrupted, withdrawn) with the reason, often an adverse event.
 */
@Entity
public class Administration implements Serializable, Voidable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "subject_id", updatable = false)
  private Subject subject;

  @Column(name = "given_on")
  private LocalDate givenOn;

  private String agent;

  private BigDecimal dose;

  /** A unit of the regimen vocabulary, by code. */
  private String unit;

  @Enumerated(EnumType.STRING)
  @Column(name = "dose_change")
  private DoseChange doseChange = DoseChange.NONE;

  @Column(name = "adverse_event_id")
  private Long adverseEventId;

  @Column(name = "change_reason")
  private String changeReason;

  private boolean voided;

  @Column(name = "void_reason")
  private String voidReason;

  @Column(name = "recorded_by", updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", updatable = false)
  private Instant recordedAt;

  protected Administration() {}

  public Administration(
      Subject subject,
      LocalDate givenOn,
      String agent,
      BigDecimal dose,
      String unit,
      DoseChange doseChange,
      Long adverseEventId,
      String changeReason,
      String recordedBy,
      Instant recordedAt) {
    this.subject = subject;
    this.givenOn = givenOn;
    this.agent = agent;
    this.dose = dose;
    this.unit = unit;
    this.doseChange = doseChange;
    this.adverseEventId = adverseEventId;
    this.changeReason = changeReason;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  @Override
  public String auditType() {
    return "Administration";
  }

  @Override
  public String auditKey() {
    return subject.getTrial().getCode()
        + "/subjects/"
        + subject.getSubjectId()
        + "/administrations/"
        + id;
  }

  @Override
  public String auditSite() {
    return subject.getSite().getCode();
  }

  @Override
  public Map<String, String> auditState() {
    Map<String, String> state = new LinkedHashMap<>();
    state.put("givenOn", String.valueOf(givenOn));
    state.put("agent", agent);
    state.put("dose", dose == null ? null : dose.toPlainString());
    state.put("unit", String.valueOf(unit));
    state.put("doseChange", String.valueOf(doseChange));
    state.put("adverseEvent", adverseEventId == null ? null : adverseEventId.toString());
    state.put("changeReason", changeReason);
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

  public LocalDate getGivenOn() {
    return givenOn;
  }

  public String getAgent() {
    return agent;
  }

  public BigDecimal getDose() {
    return dose;
  }

  public String getUnit() {
    return unit;
  }

  public DoseChange getDoseChange() {
    return doseChange;
  }

  public Long getAdverseEventId() {
    return adverseEventId;
  }

  public String getChangeReason() {
    return changeReason;
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
