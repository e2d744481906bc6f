package org.trialdesk.treatment.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.i18n.Messages;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.ui.FacesMessages;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.safety.boundary.AdverseEventDocument;
import org.trialdesk.safety.boundary.AdverseEventDocuments;
import org.trialdesk.safety.boundary.AdverseEventService;
import org.trialdesk.security.boundary.CurrentUser;
import org.trialdesk.treatment.boundary.AdministrationDocument;
import org.trialdesk.treatment.boundary.TreatmentService;
import org.trialdesk.treatment.control.TreatmentTimeline;
import org.trialdesk.treatment.entity.Administration;
import org.trialdesk.treatment.entity.DoseChange;
import org.trialdesk.trial.entity.DoseUnit;

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

  private LocalDate givenOn;
  private String agent;
  private BigDecimal amount;
  private DoseUnit unit;
  private DoseChange change = DoseChange.NONE;
  private Long adverseEventId;
  private String reason;
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
      Administration saved =
          treatment.record(
              trialCode,
              subjectId,
              AdministrationDocument.written(
                  givenOn,
                  agent,
                  amount,
                  unit == null ? null : unit.name(),
                  change == null ? null : change.name(),
                  adverseEventId,
                  reason));
      FacesMessages.info("treatment.saved", saved.getAgent(), saved.getGivenOn());
    } catch (DomainException | InvalidFieldsException refused) {
      FacesMessages.error(refused, COMPONENT_OF_FIELD);
      return;
    }
    amount = null;
    change = DoseChange.NONE;
    adverseEventId = null;
    reason = null;
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
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    List<TreatmentTimeline.Dose> doses =
        course.given().stream()
            .filter(d -> !d.voided())
            .map(d -> new TreatmentTimeline.Dose(d.givenOn(), d.agent(), d.dose(), comparable(d)))
            .toList();
    List<TreatmentTimeline.Event> shown =
        events.stream()
            .map(
                e ->
                    new TreatmentTimeline.Event(
                        e.term() + " · " + Messages.format(locale, "ae.grade") + " " + e.grade(),
                        e.grade(),
                        e.onsetDate(),
                        e.resolutionDate()))
            .toList();
    return TreatmentTimeline.chart(
        course.randomizedOn(),
        course.today(),
        doses,
        shown,
        new TreatmentTimeline.Titles(
            Messages.format(locale, "treatment.chart.days"),
            Messages.format(locale, "treatment.chart.percent"),
            Messages.format(locale, "ae.grade")));
  }

  public BigDecimal percentOfPlanned(AdministrationDocument dose) {
    return TreatmentTimeline.percentOfPlanned(dose.dose(), comparable(dose));
  }

  private static BigDecimal comparable(AdministrationDocument dose) {
    return TreatmentTimeline.plannedInGivenUnit(
        dose.plannedDose(), dose.plannedUnit(), dose.unit());
  }

  public String unitSymbol(String unitName) {
    return unitName == null ? "" : DoseUnit.valueOf(unitName).symbol();
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

  public LocalDate getGivenOn() {
    return givenOn;
  }

  public void setGivenOn(LocalDate givenOn) {
    this.givenOn = givenOn;
  }

  public String getAgent() {
    return agent;
  }

  public void setAgent(String agent) {
    this.agent = agent;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public DoseUnit getUnit() {
    return unit;
  }

  public void setUnit(DoseUnit unit) {
    this.unit = unit;
  }

  public DoseChange getChange() {
    return change;
  }

  public void setChange(DoseChange change) {
    this.change = change;
  }

  public Long getAdverseEventId() {
    return adverseEventId;
  }

  public void setAdverseEventId(Long adverseEventId) {
    this.adverseEventId = adverseEventId;
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

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
