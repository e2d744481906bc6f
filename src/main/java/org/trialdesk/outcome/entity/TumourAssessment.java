package org.trialdesk.outcome.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trialdesk.audit.entity.Voidable;
import org.trialdesk.enrollment.entity.Subject;

/**
 * A RECIST 1.1 assessment of one subject on one day: the baseline (target lesions measured,
 * non-target ones listed) or a later time point (each target's diameter, the non-target lesions as
 * a whole, new lesions). Its response is computed when read; an investigator's override is kept
 * beside it with the reason.
 */
@Entity
@Table(name = "tumour_assessment")
public class TumourAssessment implements Serializable, Voidable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "subject_id", updatable = false)
  private Subject subject;

  @Column(name = "assessed_on")
  private LocalDate assessedOn;

  private boolean baseline;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "tumour_lesion", joinColumns = @JoinColumn(name = "assessment_id"))
  @OrderColumn(name = "position")
  private List<Lesion> lesions = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "non_target_status")
  private NonTargetStatus nonTargetStatus;

  @Column(name = "new_lesions")
  private boolean newLesions;

  @Enumerated(EnumType.STRING)
  @Column(name = "override_response")
  private Response overrideResponse;

  @Column(name = "override_reason")
  private String overrideReason;

  private boolean voided;

  @Column(name = "void_reason")
  private String voidReason;

  @Column(name = "recorded_by", updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", updatable = false)
  private Instant recordedAt;

  protected TumourAssessment() {}

  public TumourAssessment(
      Subject subject,
      LocalDate assessedOn,
      boolean baseline,
      List<Lesion> lesions,
      NonTargetStatus nonTargetStatus,
      boolean newLesions,
      String recordedBy,
      Instant recordedAt) {
    this.subject = subject;
    this.assessedOn = assessedOn;
    this.baseline = baseline;
    this.lesions = new ArrayList<>(lesions);
    this.nonTargetStatus = nonTargetStatus;
    this.newLesions = newLesions;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  /** An investigator's judgement in place of the computed response, with the reason. */
  public void override(Response response, String reason) {
    overrideResponse = response;
    overrideReason = reason;
  }

  @Override
  public String auditType() {
    return "TumourAssessment";
  }

  @Override
  public String auditKey() {
    return subject.getTrial().getCode()
        + "/subjects/"
        + subject.getSubjectId()
        + "/assessments/"
        + id;
  }

  @Override
  public String auditSite() {
    return subject.getSite().getCode();
  }

  @Override
  public Map<String, String> auditState() {
    Map<String, String> state = new LinkedHashMap<>();
    state.put("assessedOn", String.valueOf(assessedOn));
    state.put("baseline", String.valueOf(baseline));
    state.put("lesions", lesions.toString());
    state.put("nonTargetStatus", nonTargetStatus == null ? null : nonTargetStatus.name());
    state.put("newLesions", String.valueOf(newLesions));
    state.put("overrideResponse", overrideResponse == null ? null : overrideResponse.name());
    state.put("overrideReason", overrideReason);
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

  public LocalDate getAssessedOn() {
    return assessedOn;
  }

  public boolean isBaseline() {
    return baseline;
  }

  public List<Lesion> getLesions() {
    return lesions;
  }

  public NonTargetStatus getNonTargetStatus() {
    return nonTargetStatus;
  }

  public boolean isNewLesions() {
    return newLesions;
  }

  public Response getOverrideResponse() {
    return overrideResponse;
  }

  public String getOverrideReason() {
    return overrideReason;
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
