package org.trialdesk.safety.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.audit.entity.AuditRecord;
import org.trialdesk.enrollment.boundary.EnrollmentService;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.safety.boundary.AdverseEventDocument;
import org.trialdesk.safety.boundary.AdverseEventDocuments;
import org.trialdesk.safety.boundary.AdverseEventService;
import org.trialdesk.safety.entity.AdverseEvent;
import org.trialdesk.security.ui.Rights;

/**
 * The adverse-event page: which event of which subject it shows (none for a new one), the event as
 * stored with its SAE clock and history, and the entry its form edits. The page's forms act on it:
 * the event form ({@link AdverseEventForm}), the signature ({@link AdverseEventSignature}) and the
 * sponsor's expedited report ({@link ExpeditedReportForm}).
 */
@Named
@ViewScoped
public class AdverseEventEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AdverseEventService events;
  @Inject AdverseEventDocuments documents;
  @Inject EnrollmentService enrollment;
  @Inject AuditTrail trail;
  @Inject Rights rights;

  private String trialCode;
  private String subjectId;
  private Long eventId;
  private Subject subject;
  private AdverseEvent stored;
  private AdverseEventDocument shown;
  private AdverseEventEntry entry;
  private List<AuditRecord> history = List.of();

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
    entry = new AdverseEventEntry(subject.getSite().zone(), events.agentsOf(subject));
    if (eventId == null) {
      return;
    }
    stored = PageParameters.found(() -> events.find(trialCode, subjectId, eventId));
    if (stored == null) {
      return;
    }
    shown = documents.document(stored);
    entry.fill(stored);
    history = trail.history(stored);
  }

  /** This page for the event, afresh (after a redirect, so a reload does not post again). */
  String eventPage(Long id) {
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

  public boolean isEditable() {
    return stored == null || !stored.isVoided();
  }

  AdverseEvent getStored() {
    return stored;
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

  AdverseEventEntry getEntry() {
    return entry;
  }

  public List<AuditRecord> getHistory() {
    return history;
  }
}
