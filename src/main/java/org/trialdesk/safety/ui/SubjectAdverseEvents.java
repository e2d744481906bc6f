package org.trialdesk.safety.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.ui.FacesMessages;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.safety.boundary.AdverseEventDocument;
import org.trialdesk.safety.boundary.AdverseEventDocuments;
import org.trialdesk.safety.boundary.AdverseEventService;
import org.trialdesk.security.boundary.CurrentUser;

/** The adverse events of one subject, with voiding (a reason, never a deletion). */
@Named
@ViewScoped
public class SubjectAdverseEvents implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AdverseEventService events;
  @Inject AdverseEventDocuments documents;
  @Inject CurrentUser caller;

  private String trialCode;
  private String subjectId;
  private List<AdverseEventDocument> list;
  private Long voiding;
  private String voidReason;

  public void load() {
    list =
        PageParameters.found(
            () ->
                events.ofSubject(trialCode, subjectId).stream().map(documents::document).toList());
  }

  public boolean isRecording() {
    return caller.may(Capability.RECORD_SUBJECT_DATA);
  }

  public void voidEvent() {
    try {
      events.voidEvent(trialCode, subjectId, voiding, voidReason);
    } catch (DomainException | InvalidFieldsException refused) {
      FacesMessages.error(refused, Map.of("reasonForChange", "void:reason"));
      return;
    }
    voidReason = null;
    load();
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

  public List<AdverseEventDocument> getList() {
    return list;
  }

  public Long getVoiding() {
    return voiding;
  }

  public void setVoiding(Long voiding) {
    this.voiding = voiding;
  }

  public String getVoidReason() {
    return voidReason;
  }

  public void setVoidReason(String voidReason) {
    this.voidReason = voidReason;
  }
}
