package org.trialdesk.safety.ui;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trialdesk.safety.boundary.AdverseEventDocument;
import org.trialdesk.safety.entity.ActionTaken;
import org.trialdesk.safety.entity.AdverseEvent;
import org.trialdesk.safety.entity.AgentAssessment;
import org.trialdesk.safety.entity.Attribution;
import org.trialdesk.safety.entity.CtcaeTerm;
import org.trialdesk.safety.entity.Outcome;
import org.trialdesk.safety.entity.Seriousness;

/**
 * What the adverse-event form holds while it is edited, and the document it becomes. Times are
 * entered in the site's zone ({@code zone}); {@link AdverseEventForm} saves it.
 */
public class AdverseEventEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  private final ZoneId zone;
  private CtcaeTerm term;
  private Integer grade;
  private String verbatim;
  private LocalDate onsetDate;
  private LocalDate resolutionDate;
  private List<String> seriousness = new ArrayList<>();
  private final List<AgentRow> agents = new ArrayList<>();
  private String expected;
  private Outcome outcome;
  private LocalDateTime siteAwareAt;
  private LocalDateTime reportedAt;
  private String reasonForChange;

  /** An empty form with a row for each agent the reporter attributes to. */
  AdverseEventEntry(ZoneId zone, List<String> regimen) {
    this.zone = zone;
    regimen.forEach(a -> agents.add(new AgentRow(a)));
  }

  /** Fills the form with a stored event. */
  void fill(AdverseEvent stored) {
    term = stored.getTerm();
    grade = stored.getGrade();
    verbatim = stored.getVerbatim();
    onsetDate = stored.getOnsetDate();
    resolutionDate = stored.getResolutionDate();
    seriousness = new ArrayList<>(stored.getSeriousness().stream().map(Enum::name).toList());
    for (AgentAssessment assessed : stored.getAgents()) {
      // An agent assessed while the arm was hidden stays on the event after an unblinding.
      AgentRow row =
          agents.stream()
              .filter(r -> r.getAgent().equals(assessed.getAgent()))
              .findFirst()
              .orElseGet(
                  () -> {
                    AgentRow added = new AgentRow(assessed.getAgent());
                    agents.add(added);
                    return added;
                  });
      row.setAttribution(assessed.getAttribution());
      row.setAction(assessed.getActionTaken());
    }
    expected = stored.getExpected() == null ? null : stored.getExpected().toString();
    outcome = stored.getOutcome();
    siteAwareAt = local(stored.getSiteAwareAt());
    reportedAt = local(stored.getReportedAt());
  }

  /** The document the boundary checks and stores; {@code version} of the event edited, if any. */
  AdverseEventDocument document(String subjectId, Long version) {
    Map<String, String> attribution = new LinkedHashMap<>();
    Map<String, String> action = new LinkedHashMap<>();
    for (AgentRow row : agents) {
      if (row.getAttribution() != null) {
        attribution.put(row.getAgent(), row.getAttribution().name());
      }
      action.put(row.getAgent(), row.getAction() == null ? null : row.getAction().name());
    }
    return AdverseEventDocument.written(
        subjectId,
        term == null ? null : term.getMeddraCode(),
        verbatim,
        grade,
        onsetDate,
        resolutionDate,
        List.copyOf(seriousness),
        attribution,
        action,
        expected == null || expected.isEmpty() ? null : Boolean.valueOf(expected),
        outcome == null ? null : outcome.name(),
        instant(siteAwareAt),
        instant(reportedAt),
        version,
        reasonForChange);
  }

  /** A grade the newly chosen term does not have is cleared. */
  void termChosen() {
    if (term != null && grade != null && !term.validGrades().contains(grade)) {
      grade = null;
    }
  }

  /** Grade → "3 — description", for the term chosen, in the page's language. */
  public Map<String, Integer> getGrades() {
    Map<String, Integer> grades = new LinkedHashMap<>();
    if (term != null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      Locale locale = faces == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
      for (int g : term.validGrades()) {
        grades.put(g + " — " + term.gradeDescriptionIn(g, locale), g);
      }
    }
    return grades;
  }

  private LocalDateTime local(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
  }

  private Instant instant(LocalDateTime local) {
    return local == null ? null : local.atZone(zone).toInstant();
  }

  public Seriousness[] getSeriousnessChoices() {
    return Seriousness.values();
  }

  public Attribution[] getAttributions() {
    return Attribution.values();
  }

  public ActionTaken[] getActions() {
    return ActionTaken.values();
  }

  public Outcome[] getOutcomes() {
    return Outcome.values();
  }

  public CtcaeTerm getTerm() {
    return term;
  }

  public void setTerm(CtcaeTerm term) {
    this.term = term;
  }

  public Integer getGrade() {
    return grade;
  }

  public void setGrade(Integer grade) {
    this.grade = grade;
  }

  public String getVerbatim() {
    return verbatim;
  }

  public void setVerbatim(String verbatim) {
    this.verbatim = verbatim;
  }

  public LocalDate getOnsetDate() {
    return onsetDate;
  }

  public void setOnsetDate(LocalDate onsetDate) {
    this.onsetDate = onsetDate;
  }

  public LocalDate getResolutionDate() {
    return resolutionDate;
  }

  public void setResolutionDate(LocalDate resolutionDate) {
    this.resolutionDate = resolutionDate;
  }

  public List<String> getSeriousness() {
    return seriousness;
  }

  public void setSeriousness(List<String> seriousness) {
    this.seriousness = seriousness == null ? new ArrayList<>() : new ArrayList<>(seriousness);
  }

  public List<AgentRow> getAgents() {
    return agents;
  }

  public String getExpected() {
    return expected;
  }

  public void setExpected(String expected) {
    this.expected = expected;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public void setOutcome(Outcome outcome) {
    this.outcome = outcome;
  }

  public LocalDateTime getSiteAwareAt() {
    return siteAwareAt;
  }

  public void setSiteAwareAt(LocalDateTime siteAwareAt) {
    this.siteAwareAt = siteAwareAt;
  }

  public LocalDateTime getReportedAt() {
    return reportedAt;
  }

  public void setReportedAt(LocalDateTime reportedAt) {
    this.reportedAt = reportedAt;
  }

  public String getReasonForChange() {
    return reasonForChange;
  }

  public void setReasonForChange(String reasonForChange) {
    this.reasonForChange = reasonForChange;
  }
}
