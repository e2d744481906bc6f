package org.trialdesk.safety.entity;

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
import org.trialdesk.audit.entity.Auditable;

/**
 * The sponsor's expedited report of a SUSAR to the authorities (docs/domain.md §5): the initial
 * one, or the follow-up of a fatal or life-threatening one, and the day it was submitted. A record
 * of its own, so that the sponsor recording it leaves the site's signed adverse event untouched.
 */
@Entity
@Table(name = "expedited_report")
public class ExpeditedReport implements Serializable, Auditable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "adverse_event_id", updatable = false)
  private AdverseEvent event;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private ExpeditedReportKind kind;

  @Column(name = "submitted_on")
  private LocalDate submittedOn;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected ExpeditedReport() {}

  public ExpeditedReport(AdverseEvent event, ExpeditedReportKind kind) {
    this.event = event;
    this.kind = kind;
  }

  /** Records (or corrects) the day of submission, and who recorded it when. */
  public void submitted(LocalDate on, String by, Instant at) {
    this.submittedOn = on;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  @Override
  public String auditType() {
    return "ExpeditedReport";
  }

  /**
   * Not below the event's key, so the event's history, which the site reads, does not list it (see
   * the note on blinding in {@code AdverseEventDocuments.document}).
   */
  @Override
  public String auditKey() {
    return event.getSubject().getTrial().getCode()
        + "/expedited-reports/"
        + event.getId()
        + "/"
        + kind;
  }

  @Override
  public String auditSite() {
    return event.auditSite();
  }

  @Override
  public Map<String, String> auditState() {
    Map<String, String> state = new LinkedHashMap<>();
    state.put("kind", String.valueOf(kind));
    state.put("submittedOn", String.valueOf(submittedOn));
    return state;
  }

  public Long getId() {
    return id;
  }

  public AdverseEvent getEvent() {
    return event;
  }

  public ExpeditedReportKind getKind() {
    return kind;
  }

  public LocalDate getSubmittedOn() {
    return submittedOn;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
