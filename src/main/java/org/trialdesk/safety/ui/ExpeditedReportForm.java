package org.trialdesk.safety.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.security.Caller;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.ui.FacesMessages;
import org.trialdesk.safety.boundary.AdverseEventDocument;
import org.trialdesk.safety.boundary.ExpeditedReportRequest;
import org.trialdesk.safety.boundary.ExpeditedReports;
import org.trialdesk.safety.entity.ExpeditedReportKind;

/**
 * The sponsor's data manager records the expedited report of a SUSAR to the authorities: the
 * initial one, and the follow-up where the event is fatal or life-threatening.
 */
@Named
@ViewScoped
public class ExpeditedReportForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AdverseEventEditor editor;
  @Inject ExpeditedReports expeditedReports;
  @Inject Caller caller;

  private ExpeditedReportKind kind = ExpeditedReportKind.INITIAL;
  private LocalDate submittedOn;
  private String reason;

  /** Whether the caller may record an expedited report of this event here. */
  public boolean isRecordable() {
    AdverseEventDocument shown = editor.getShown();
    return shown != null
        && Boolean.TRUE.equals(shown.susar())
        && caller.may(Capability.RECORD_EXPEDITED_REPORTS);
  }

  /** The initial report, and the follow-up where the event is fatal or life-threatening. */
  public List<ExpeditedReportKind> getKinds() {
    AdverseEventDocument shown = editor.getShown();
    return shown != null && shown.expeditedFollowUpDueOn() != null
        ? List.of(ExpeditedReportKind.values())
        : List.of(ExpeditedReportKind.INITIAL);
  }

  public String record() {
    try {
      expeditedReports.record(
          editor.getTrialCode(),
          editor.getSubjectId(),
          editor.getEventId(),
          new ExpeditedReportRequest(kind == null ? null : kind.name(), submittedOn, reason));
    } catch (DomainException | InvalidFieldsException refused) {
      FacesMessages.error(
          refused,
          Map.of(
              "kind", "expedited:kind",
              "submittedOn", "expedited:submittedOn",
              "reasonForChange", "expedited:reason"));
      return null;
    }
    FacesMessages.info("ae.expedited.recorded", submittedOn);
    return editor.eventPage(editor.getEventId());
  }

  public ExpeditedReportKind getKind() {
    return kind;
  }

  public void setKind(ExpeditedReportKind kind) {
    this.kind = kind;
  }

  public LocalDate getSubmittedOn() {
    return submittedOn;
  }

  public void setSubmittedOn(LocalDate submittedOn) {
    this.submittedOn = submittedOn;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
