package org.trialdesk.randomization.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.audit.entity.AuditRecord;
import org.trialdesk.enrollment.boundary.EnrollmentService;
import org.trialdesk.enrollment.boundary.ScreenFailureText;
import org.trialdesk.enrollment.boundary.SubjectStatusChange;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.enrollment.entity.SubjectStatus;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.ui.FacesMessages;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.randomization.boundary.AssignmentDocument;
import org.trialdesk.randomization.boundary.Assignments;
import org.trialdesk.randomization.boundary.RandomizationService;
import org.trialdesk.security.boundary.CurrentUser;
import org.trialdesk.trial.entity.Trial;

/**
 * The subject page: screening data, eligibility answers, consent, factors, status with its changes,
 * the assignment as the caller may see it and the history; emergency unblinding is {@link
 * SubjectUnblinding}.
 */
@Named
@ViewScoped
public class SubjectView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EnrollmentService enrollment;
  @Inject RandomizationService randomization;
  @Inject Assignments assignments;
  @Inject AuditTrail trail;
  @Inject CurrentUser caller;

  private String trialCode;
  private String subjectId;
  private Subject subject;
  private Trial trial;
  private AssignmentDocument assignment;
  private List<AuditRecord> history;
  private SubjectStatus nextStatus;
  private String statusReason;

  public void load() {
    subject = PageParameters.found(() -> enrollment.find(trialCode, subjectId));
    if (subject == null) {
      return;
    }
    assignment =
        assignments.allocationOf(subject).map(a -> assignments.document(a, subject)).orElse(null);
    history = trail.history(subject);
    trial = enrollment.trialOf(trialCode);
  }

  /** A factor and the subject's level, as the trial names them (never the codes alone). */
  public record FactorValue(String factor, String level) {}

  public List<FactorValue> getFactorValues() {
    return trial.getFactors().stream()
        .filter(f -> subject.getFactors().containsKey(f.getCode()))
        .map(
            f -> {
              String code = subject.getFactors().get(f.getCode());
              Locale reader = FacesContext.getCurrentInstance().getViewRoot().getLocale();
              String level =
                  f.isSite() ? subject.getSite().name(reader) : f.levelName(code, reader);
              return new FactorValue(f.name(reader), level);
            })
        .toList();
  }

  /** Why screening failed, in the page's language; null if it did not. */
  public String getScreenFailureText() {
    return ScreenFailureText.of(
        subject, trial.getCriteria(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  /** The text of the trial's criterion {@code code}, as the eligibility table shows it. */
  public String criterionText(String code) {
    return trial.getCriteria().stream()
        .filter(c -> c.getCode().equals(code))
        .map(c -> c.text(FacesContext.getCurrentInstance().getViewRoot().getLocale()))
        .findFirst()
        .orElse("");
  }

  /** Randomizes a subject registered earlier (e.g. when consent came later). */
  public String randomize() {
    try {
      randomization.randomize(trialCode, subjectId);
    } catch (DomainException refused) {
      FacesMessages.error(refused, Map.of());
      return null;
    }
    return reload();
  }

  public String changeStatus() {
    try {
      enrollment.changeStatus(
          trialCode,
          subjectId,
          new SubjectStatusChange(nextStatus == null ? null : nextStatus.name(), statusReason));
    } catch (DomainException | InvalidFieldsException refused) {
      FacesMessages.error(
          refused, Map.of("status", "status:next", "reasonForChange", "status:reason"));
      return null;
    }
    return reload();
  }

  String reload() {
    return "/subject/view?faces-redirect=true&trial=" + trialCode + "&id=" + subjectId;
  }

  /** Whether the caller works at the subject's site and so may change it. */
  public boolean isOwnSite() {
    return caller.may(Capability.RECORD_SUBJECT_DATA)
        && caller.sites().contains(subject.getSite().getCode());
  }

  public List<SubjectStatus> getNextStatuses() {
    return Arrays.stream(SubjectStatus.values())
        .filter(s -> subject.getStatus().canChangeTo(s))
        .toList();
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

  public Subject getSubject() {
    return subject;
  }

  public AssignmentDocument getAssignment() {
    return assignment;
  }

  public List<AuditRecord> getHistory() {
    return history;
  }

  public SubjectStatus getNextStatus() {
    return nextStatus;
  }

  public void setNextStatus(SubjectStatus nextStatus) {
    this.nextStatus = nextStatus;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public void setStatusReason(String statusReason) {
    this.statusReason = statusReason;
  }
}
