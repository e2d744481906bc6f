package org.trialdesk.safety.entity;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.trialdesk.audit.entity.Voidable;
import org.trialdesk.enrollment.entity.Subject;

/**
 * An adverse event of one subject, graded with CTCAE. Never deleted: a mistaken entry is voided
 * with a reason.
 */
@Entity
@Table(name = "adverse_event")
public class AdverseEvent implements Serializable, Voidable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "subject_id", updatable = false)
  private Subject subject;

  @ManyToOne(optional = false)
  @JoinColumn(name = "meddra_code")
  private CtcaeTerm term;

  private String verbatim;

  private int grade;

  @Column(name = "onset_date")
  private LocalDate onsetDate;

  @Column(name = "resolution_date")
  private LocalDate resolutionDate;

  private Boolean expected;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  @Column(name = "site_aware_at")
  private Instant siteAwareAt;

  @Column(name = "reported_at")
  private Instant reportedAt;

  private boolean voided;

  @Column(name = "void_reason")
  private String voidReason;

  @Column(name = "recorded_by", updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", updatable = false)
  private Instant recordedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "adverse_event_seriousness",
      joinColumns = @JoinColumn(name = "adverse_event_id"))
  @Column(name = "criterion")
  @Enumerated(EnumType.STRING)
  private Set<Seriousness> seriousness = EnumSet.noneOf(Seriousness.class);

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "adverse_event_agent",
      joinColumns = @JoinColumn(name = "adverse_event_id"))
  private List<AgentAssessment> agents = new ArrayList<>();

  protected AdverseEvent() {}

  public AdverseEvent(Subject subject, String recordedBy, Instant recordedAt) {
    this.subject = subject;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  /** The values of a report, checked by the service before they get here. */
  public record Report(
      CtcaeTerm term,
      String verbatim,
      int grade,
      LocalDate onsetDate,
      LocalDate resolutionDate,
      Set<Seriousness> seriousness,
      List<AgentAssessment> agents,
      Boolean expected,
      Outcome outcome,
      Instant siteAwareAt,
      Instant reportedAt) {}

  public void apply(Report report) {
    term = report.term();
    verbatim = report.verbatim();
    grade = report.grade();
    onsetDate = report.onsetDate();
    resolutionDate = report.resolutionDate();
    seriousness.clear();
    seriousness.addAll(report.seriousness());
    agents.clear();
    agents.addAll(report.agents());
    expected = report.expected();
    outcome = report.outcome();
    siteAwareAt = report.siteAwareAt();
    reportedAt = report.reportedAt();
  }

  @Override
  public void voidWith(String reason) {
    voided = true;
    voidReason = reason;
  }

  public boolean isSerious() {
    return grade == 5 || !seriousness.isEmpty();
  }

  @Override
  public String auditType() {
    return "AdverseEvent";
  }

  @Override
  public String auditKey() {
    return subject.getTrial().getCode()
        + "/subjects/"
        + subject.getSubjectId()
        + "/adverse-events/"
        + id;
  }

  @Override
  public String auditSite() {
    return subject.getSite().getCode();
  }

  @Override
  public Map<String, String> auditState() {
    Map<String, String> state = new LinkedHashMap<>();
    state.put("term", term.getMeddraCode() + " " + term.getTerm());
    state.put("verbatim", verbatim);
    state.put("grade", String.valueOf(grade));
    state.put("onsetDate", String.valueOf(onsetDate));
    state.put("resolutionDate", resolutionDate == null ? null : resolutionDate.toString());
    state.put(
        "seriousness", new TreeSet<>(seriousness.stream().map(Enum::name).toList()).toString());
    state.put(
        "agents",
        agents.stream()
            .map(a -> a.getAgent() + ": " + a.getAttribution() + ", " + a.getActionTaken())
            .collect(Collectors.joining("; ")));
    state.put("expected", String.valueOf(expected));
    state.put("outcome", String.valueOf(outcome));
    state.put("siteAwareAt", siteAwareAt == null ? null : siteAwareAt.toString());
    state.put("reportedAt", reportedAt == null ? null : reportedAt.toString());
    state.put("voided", String.valueOf(voided));
    state.put("voidReason", voidReason);
    return state;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Subject getSubject() {
    return subject;
  }

  public CtcaeTerm getTerm() {
    return term;
  }

  public String getVerbatim() {
    return verbatim;
  }

  public int getGrade() {
    return grade;
  }

  public LocalDate getOnsetDate() {
    return onsetDate;
  }

  public LocalDate getResolutionDate() {
    return resolutionDate;
  }

  public Boolean getExpected() {
    return expected;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public Instant getSiteAwareAt() {
    return siteAwareAt;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }

  @Override
  public boolean isVoided() {
    return voided;
  }

  public String getVoidReason() {
    return voidReason;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public Set<Seriousness> getSeriousness() {
    return seriousness;
  }

  public List<AgentAssessment> getAgents() {
    return agents;
  }
}
