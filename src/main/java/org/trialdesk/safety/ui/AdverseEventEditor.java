package org.trialdesk.safety.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.audit.boundary.Signatures;
import org.trialdesk.audit.entity.AuditRecord;
import org.trialdesk.enrollment.boundary.EnrollmentService;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.ui.FacesMessages;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.safety.boundary.AdverseEventDocument;
import org.trialdesk.safety.boundary.AdverseEventDocuments;
import org.trialdesk.safety.boundary.AdverseEventService;
import org.trialdesk.safety.boundary.CtcaeDictionary;
import org.trialdesk.safety.boundary.ExpeditedReportRequest;
import org.trialdesk.safety.boundary.ExpeditedReports;
import org.trialdesk.safety.entity.ActionTaken;
import org.trialdesk.safety.entity.AdverseEvent;
import org.trialdesk.safety.entity.AgentAssessment;
import org.trialdesk.safety.entity.Attribution;
import org.trialdesk.safety.entity.CtcaeTerm;
import org.trialdesk.safety.entity.ExpeditedReportKind;
import org.trialdesk.safety.entity.Outcome;
import org.trialdesk.safety.entity.Seriousness;
import org.trialdesk.security.boundary.CurrentUser;
import org.trialdesk.security.ui.Rights;

/**
 * Records or corrects one adverse event of a subject: the term by autocomplete (with its SOC), a
 * grade among those the term has (each with its description), dates, seriousness, attribution and
 * action for each agent, expectedness, outcome and the SAE clock's two instants, entered in the
 * site's time zone. Investigators sign serious events here.
 */
@Named
@ViewScoped
public class AdverseEventEditor implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern CODE = Pattern.compile("\\[(\\d+)]\\s*$");

  /** One agent of the regimen with what the reporter says of it. */
  public static class AgentRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String agent;
    private Attribution attribution;
    private ActionTaken action = ActionTaken.NONE;

    AgentRow(String agent) {
      this.agent = agent;
    }

    public String getAgent() {
      return agent;
    }

    public Attribution getAttribution() {
      return attribution;
    }

    public void setAttribution(Attribution attribution) {
      this.attribution = attribution;
    }

    public ActionTaken getAction() {
      return action;
    }

    public void setAction(ActionTaken action) {
      this.action = action;
    }
  }

  @Inject AdverseEventService events;
  @Inject AdverseEventDocuments documents;
  @Inject EnrollmentService enrollment;
  @Inject CtcaeDictionary dictionary;
  @Inject AuditTrail trail;
  @Inject Signatures signatures;
  @Inject ExpeditedReports expeditedReports;
  @Inject CurrentUser caller;
  @Inject Rights rights;

  private String trialCode;
  private String subjectId;
  private Long eventId;
  private Subject subject;
  private AdverseEvent stored;
  private AdverseEventDocument shown;
  private List<AuditRecord> history = List.of();
  private List<Signatures.Shown> signed = List.of();

  private String termText;
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
  private String signingPassword;
  private ExpeditedReportKind expeditedKind = ExpeditedReportKind.INITIAL;
  private LocalDate expeditedOn;
  private String expeditedReason;

  /** View action of a new event, before {@link #load}: the empty form only for those who record. */
  public void newEventForm() {
    rights.pageAllowed(Capability.RECORD_SUBJECT_DATA);
  }

  public void load() {
    if (FacesContext.getCurrentInstance().getResponseComplete()) {
      return;
    }
    subject = PageParameters.found(() -> enrollment.find(trialCode, subjectId));
    if (subject == null) {
      return;
    }
    events.agentsOf(subject).forEach(a -> agents.add(new AgentRow(a)));
    if (eventId == null) {
      return;
    }
    stored = PageParameters.found(() -> events.find(trialCode, subjectId, eventId));
    if (stored == null) {
      return;
    }
    shown = documents.document(stored);
    term = stored.getTerm();
    termText = label(term);
    grade = stored.getGrade();
    verbatim = stored.getVerbatim();
    onsetDate = stored.getOnsetDate();
    resolutionDate = stored.getResolutionDate();
    seriousness = stored.getSeriousness().stream().map(Enum::name).toList();
    seriousness = new ArrayList<>(seriousness);
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
    history = trail.history(stored);
    signed = signatures.of(stored);
  }

  public List<String> completeTerm(String typed) {
    return dictionary.search(typed, null, 20).stream().map(AdverseEventEditor::label).toList();
  }

  /** When a term is chosen: its grades become the choices. */
  public void termChosen() {
    Matcher m = termText == null ? null : CODE.matcher(termText);
    term = m != null && m.find() ? dictionary.find(Long.parseLong(m.group(1))) : null;
    if (term != null && grade != null && !term.validGrades().contains(grade)) {
      grade = null;
    }
  }

  private static String label(CtcaeTerm t) {
    return t.getTerm() + " — " + t.getSoc() + " [" + t.getMeddraCode() + "]";
  }

  /** Grade → "3 — description", for the term chosen. */
  public Map<String, Integer> getGrades() {
    Map<String, Integer> grades = new LinkedHashMap<>();
    if (term != null) {
      for (int g : term.validGrades()) {
        grades.put(g + " — " + term.gradeDescription(g), g);
      }
    }
    return grades;
  }

  public String save() {
    termChosen();
    Map<String, String> attribution = new LinkedHashMap<>();
    Map<String, String> action = new LinkedHashMap<>();
    for (AgentRow row : agents) {
      if (row.getAttribution() != null) {
        attribution.put(row.getAgent(), row.getAttribution().name());
      }
      action.put(row.getAgent(), row.getAction() == null ? null : row.getAction().name());
    }
    AdverseEventDocument doc =
        AdverseEventDocument.written(
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
            stored == null ? null : stored.getVersion(),
            reasonForChange);
    AdverseEvent saved;
    try {
      saved =
          eventId == null
              ? events.create(trialCode, subjectId, doc)
              : events.update(trialCode, subjectId, eventId, doc);
    } catch (DomainException | InvalidFieldsException refused) {
      Map<String, String> fields = new LinkedHashMap<>();
      for (String f :
          List.of(
              "meddraCode:term",
              "grade:grade",
              "verbatim:verbatim",
              "onsetDate:onset",
              "resolutionDate:resolution",
              "seriousness:seriousness",
              "expected:expected",
              "outcome:outcome",
              "siteAwareAt:aware",
              "reportedAt:reported",
              "reasonForChange:reason")) {
        fields.put(f.substring(0, f.indexOf(':')), "ae:" + f.substring(f.indexOf(':') + 1));
      }
      for (int i = 0; i < agents.size(); i++) {
        // Rows of a table cannot be addressed from outside; the message goes under the table.
        fields.put("attribution." + agents.get(i).getAgent(), "ae:agents");
      }
      FacesMessages.error(refused, fields);
      return null;
    }
    FacesMessages.info("ae.saved", saved.getTerm().getTerm());
    return eventPage(saved.getId());
  }

  public String sign() {
    try {
      events.sign(trialCode, subjectId, eventId, signingPassword);
    } catch (DomainException | InvalidFieldsException refused) {
      FacesMessages.error(refused, Map.of("password", "sign:password"));
      return null;
    }
    return eventPage(eventId);
  }

  /** This page for the event, afresh (after a redirect, so a reload does not post again). */
  private String eventPage(Long id) {
    return "/subject/adverse-event?faces-redirect=true&trial="
        + trialCode
        + "&id="
        + subjectId
        + "&ae="
        + id;
  }

  /** The site's zone, in which the page shows and takes times. */
  public String getSiteZone() {
    return subject.getSite().getTimeZone();
  }

  private ZoneId zone() {
    return subject.getSite().zone();
  }

  private LocalDateTime local(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, zone());
  }

  private Instant instant(LocalDateTime local) {
    return local == null ? null : local.atZone(zone()).toInstant();
  }

  /** Shown next to the clock: the instants are entered and shown in the site's zone. */
  public String getZone() {
    return subject.getSite().getTimeZone();
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

  public boolean isEditable() {
    return stored == null || !stored.isVoided();
  }

  /** Whether the sponsor's data manager may record an expedited report of this SUSAR here. */
  public boolean isExpeditedRecordable() {
    return shown != null
        && Boolean.TRUE.equals(shown.susar())
        && caller.may(Capability.RECORD_EXPEDITED_REPORTS);
  }

  /** The initial report, and the follow-up where the event is fatal or life-threatening. */
  public List<ExpeditedReportKind> getExpeditedKinds() {
    return shown != null && shown.expeditedFollowUpDueOn() != null
        ? List.of(ExpeditedReportKind.values())
        : List.of(ExpeditedReportKind.INITIAL);
  }

  public String recordExpedited() {
    try {
      expeditedReports.record(
          trialCode,
          subjectId,
          eventId,
          new ExpeditedReportRequest(
              expeditedKind == null ? null : expeditedKind.name(), expeditedOn, expeditedReason));
    } catch (DomainException | InvalidFieldsException refused) {
      FacesMessages.error(
          refused,
          Map.of(
              "kind", "expedited:kind",
              "submittedOn", "expedited:submittedOn",
              "reasonForChange", "expedited:reason"));
      return null;
    }
    FacesMessages.info("ae.expedited.recorded", expeditedOn);
    return eventPage(eventId);
  }

  public ExpeditedReportKind getExpeditedKind() {
    return expeditedKind;
  }

  public void setExpeditedKind(ExpeditedReportKind expeditedKind) {
    this.expeditedKind = expeditedKind;
  }

  public LocalDate getExpeditedOn() {
    return expeditedOn;
  }

  public void setExpeditedOn(LocalDate expeditedOn) {
    this.expeditedOn = expeditedOn;
  }

  public String getExpeditedReason() {
    return expeditedReason;
  }

  public void setExpeditedReason(String expeditedReason) {
    this.expeditedReason = expeditedReason;
  }

  public boolean isSignable() {
    return stored != null && stored.isSerious() && !stored.isVoided();
  }

  public String getTrialCode() {
    return trialCode;
  }

  public void setTrialCode(String trialCode) {
    this.trialCode = trialCode;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public void setSubjectId(String subjectId) {
    this.subjectId = subjectId;
  }

  /** The page parameter as text: an empty one (a new event) stays empty on post-backs. */
  public String getEvent() {
    return eventId == null ? null : eventId.toString();
  }

  public void setEvent(String event) {
    // Faces applies the parameter again on every post-back, empty when the page was opened
    // without it; only a number names an event, and nothing else forgets the one being edited.
    if (event != null && event.matches("\\d{1,18}")) {
      this.eventId = Long.valueOf(event);
    }
  }

  public Long getEventId() {
    return eventId;
  }

  public Subject getSubject() {
    return subject;
  }

  public AdverseEventDocument getShown() {
    return shown;
  }

  public List<AuditRecord> getHistory() {
    return history;
  }

  public List<Signatures.Shown> getSigned() {
    return signed;
  }

  public String getTermText() {
    return termText;
  }

  public void setTermText(String termText) {
    this.termText = termText;
  }

  public CtcaeTerm getTerm() {
    return term;
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

  public String getSigningPassword() {
    return signingPassword;
  }

  public void setSigningPassword(String signingPassword) {
    this.signingPassword = signingPassword;
  }
}
