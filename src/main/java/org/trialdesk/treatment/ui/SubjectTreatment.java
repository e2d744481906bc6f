package org.trialdesk.treatment.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
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
import org.trialdesk.treatment.boundary.AdministrationDocument;
import org.trialdesk.treatment.boundary.TreatmentService;
import org.trialdesk.treatment.entity.Administration;
import org.trialdesk.treatment.entity.DoseChange;

/**
 * A subject's treatment: the planned regimen, the doses given beside it, a form to record the next
 * dose (a changed dose with its reason or adverse event), and the course of doses and adverse
 * events on one chart.
 */
@Named
@ViewScoped
public class SubjectTreatment implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> COMPONENT_OF_FIELD =
      Map.of(
          "givenOn", "dose:givenOn",
          "agent", "dose:agent",
          "dose", "dose:amount",
          "unit", "dose:unit",
          "doseChange", "dose:change",
          "adverseEventId", "dose:event",
          "changeReason", "dose:reason");

  @Inject TreatmentService treatment;
  @Inject AdverseEventService adverseEvents;
  @Inject AdverseEventDocuments documents;
  @Inject CurrentUser caller;

  private String trialCode;
  private String subjectId;
  private TreatmentService.Course course;
  private List<AdverseEventDocument> events;

  private final DoseForm dose = new DoseForm();
  private Long voiding;
  private String voidReason;

  public void load() {
    course = PageParameters.found(() -> treatment.course(trialCode, subjectId));
    if (course == null) {
      return;
    }
    events =
        adverseEvents.ofSubject(trialCode, subjectId).stream()
            .filter(e -> !e.isVoided())
            .map(documents::document)
            .toList();
  }

  /** Whether the caller records doses: coordinators and investigators, once randomized. */
  public boolean isRecording() {
    return course.randomizedOn() != null && caller.may(Capability.RECORD_SUBJECT_DATA);
  }

  public void record() {
    try {
      Administration saved = treatment.record(trialCode, subjectId, dose.document());
      FacesMessages.info("treatment.saved", saved.getAgent(), saved.getGivenOn());
    } catch (DomainException | InvalidFieldsException refused) {
      FacesMessages.error(refused, COMPONENT_OF_FIELD);
      return;
    }
    dose.next();
    load();
  }

  public void voidDose() {
    try {
      treatment.voidDose(trialCode, subjectId, voiding, voidReason);
    } catch (DomainException | InvalidFieldsException refused) {
      FacesMessages.error(refused, Map.of("reasonForChange", "voidDose:reason"));
      return;
    }
    voidReason = null;
    load();
  }

  /** The course as a Chart.js configuration, axis titles in the page's language. */
  public String getChart() {
    return CourseChart.of(
        course, events, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public BigDecimal percentOfPlanned(AdministrationDocument dose) {
    return CourseChart.percentOfPlanned(dose);
  }

  public DoseChange[] getChanges() {
    return DoseChange.values();
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

  public TreatmentService.Course getCourse() {
    return course;
  }

  public List<AdverseEventDocument> getEvents() {
    return events;
  }

  public DoseForm getDose() {
    return dose;
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
