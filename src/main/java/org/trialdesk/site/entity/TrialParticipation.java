package org.trialdesk.site.entity;

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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.trialdesk.audit.entity.Auditable;
import org.trialdesk.trial.entity.ParticipationStatus;
import org.trialdesk.trial.entity.Trial;

/** A site taking part in a trial: since when, in what standing, and how many subjects at most. */
@Entity
@Table(name = "trial_participation")
public class TrialParticipation implements Serializable, Auditable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "trial_id", updatable = false)
  private Trial trial;

  @ManyToOne(optional = false)
  @JoinColumn(name = "site_id", updatable = false)
  private Site site;

  @NotNull
  @Enumerated(EnumType.STRING)
  private ParticipationStatus status = ParticipationStatus.PENDING;

  @Column(name = "activated_on")
  private LocalDate activatedOn;

  /** Enrollment cap for this site in this trial; none when {@code null}. */
  @Positive
  @Column(name = "enrollment_cap")
  private Integer cap;

  /** The number of the last subject registered here, for gap-free subject IDs. */
  @Column(name = "last_subject_number")
  private int lastSubjectNumber;

  protected TrialParticipation() {}

  public TrialParticipation(Trial trial, Site site) {
    this.trial = trial;
    this.site = site;
  }

  /** Activation dates a site when it is first made active and keeps that date afterwards. */
  public void changeStatus(ParticipationStatus next, LocalDate today) {
    if (next == ParticipationStatus.ACTIVE && activatedOn == null) {
      activatedOn = today;
    }
    status = next;
  }

  /**
   * Takes the next subject number of this site. Callers hold a row lock on the participation, so
   * concurrent registrations queue, and a rolled-back registration gives its number back.
   */
  public int nextSubjectNumber() {
    return ++lastSubjectNumber;
  }

  /** Keeps generated subject numbers clear of those imported from another system. */
  public void reserveSubjectNumbersUpTo(int number) {
    lastSubjectNumber = Math.max(lastSubjectNumber, number);
  }

  public boolean isActive() {
    return status == ParticipationStatus.ACTIVE;
  }

  @Override
  public String auditType() {
    return "TrialParticipation";
  }

  @Override
  public String auditKey() {
    return trial.getCode() + "/sites/" + site.getCode();
  }

  @Override
  public String auditSite() {
    return site.getCode();
  }

  @Override
  public Map<String, String> auditState() {
    Map<String, String> state = new LinkedHashMap<>();
    state.put("status", String.valueOf(status));
    state.put("cap", cap == null ? null : cap.toString());
    state.put("activatedOn", activatedOn == null ? null : activatedOn.toString());
    return state;
  }

  public Long getId() {
    return id;
  }

  public Trial getTrial() {
    return trial;
  }

  public Site getSite() {
    return site;
  }

  public ParticipationStatus getStatus() {
    return status;
  }

  public LocalDate getActivatedOn() {
    return activatedOn;
  }

  public void setActivatedOn(LocalDate activatedOn) {
    this.activatedOn = activatedOn;
  }

  public Integer getCap() {
    return cap;
  }

  public void setCap(Integer cap) {
    this.cap = cap;
  }
}
