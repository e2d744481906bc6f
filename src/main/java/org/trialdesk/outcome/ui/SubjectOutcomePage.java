package org.trialdesk.outcome.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.trialdesk.outcome.boundary.AssessmentDocument;
import org.trialdesk.outcome.boundary.Assessments;
import org.trialdesk.outcome.boundary.FollowUpDocument;
import org.trialdesk.outcome.boundary.FollowUps;
import org.trialdesk.outcome.boundary.SubjectOutcome;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.ui.FacesMessages;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.security.boundary.CurrentUser;

/**
 * A subject's outcome: RECIST assessments with their computed responses and the best overall
 * response, follow-up contacts, and the forms that record them, for the subject's own site;
 * corrections of what is recorded are {@link OutcomeCorrections}'.
 */
@Named
@ViewScoped
public class SubjectOutcomePage implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FOLLOW_UP_FIELDS =
      Map.of(
          "contactDate", "followUp:contactDate",
          "vitalStatus", "followUp:vitalStatus",
          "deathDate", "followUp:deathDate",
          "deathCause", "followUp:deathCause",
          "recurrence.date", "followUp:recurrenceDate",
          "recurrence.location", "followUp:recurrenceLocation");

  @Inject SubjectOutcome outcome;
  @Inject Assessments assessments;
  @Inject FollowUps followUps;
  @Inject CurrentUser caller;

  private String trialCode;
  private String subjectId;
  private SubjectOutcome.Responses responses;
  private List<FollowUpDocument> contacts;
  private final AssessmentForm assessment = new AssessmentForm();
  private final FollowUpForm followUp = new FollowUpForm();

  public void load() {
    responses = PageParameters.found(() -> outcome.responses(trialCode, subjectId));
    if (responses == null) {
      return;
    }
    contacts = followUps.documents(trialCode, subjectId);
    assessment.reset(baseline() == null ? null : baseline().targets());
  }

  /** The baseline that counts, or null before one is recorded. */
  public AssessmentDocument baseline() {
    return responses.assessments().stream()
        .filter(a -> a.baseline() && !a.voided())
        .findFirst()
        .orElse(null);
  }

  public boolean isRecording() {
    return caller.may(Capability.RECORD_SUBJECT_DATA);
  }

  public boolean isOverriding() {
    return caller.may(Capability.OVERRIDE_RESPONSE);
  }

  public String recordAssessment() {
    String form = baseline() == null ? "baseline" : "timePoint";
    try {
      assessments.record(trialCode, subjectId, assessment.document(baseline() == null));
    } catch (DomainException | InvalidFieldsException refused) {
      FacesMessages.errorAt(refused, field -> clientId(form, field));
      return null;
    }
    FacesMessages.info("recist.saved");
    return self();
  }

  public void addTarget() {
    assessment.addTarget();
  }

  public void addNonTarget() {
    assessment.addNonTarget();
  }

  /** {@code targets[2].diameter} → {@code timePoint:targets:2:diameter}. */
  static String clientId(String form, String field) {
    String path = field.replaceAll("\\[(\\d+)]\\.", ":$1:").replace('.', ':');
    return form + ":" + path;
  }

  public String recordFollowUp() {
    try {
      followUps.record(trialCode, subjectId, followUp.document());
    } catch (DomainException | InvalidFieldsException refused) {
      FacesMessages.error(refused, FOLLOW_UP_FIELDS);
      return null;
    }
    FacesMessages.info("followUp.saved");
    return self();
  }

  /** After a change, the page afresh: the forms that show depend on what is recorded. */
  String self() {
    return "/subject/outcome?faces-redirect=true&trial=" + trialCode + "&id=" + subjectId;
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

  public SubjectOutcome.Responses getResponses() {
    return responses;
  }

  public List<FollowUpDocument> getContacts() {
    return contacts;
  }

  public AssessmentForm getAssessment() {
    return assessment;
  }

  public FollowUpForm getFollowUp() {
    return followUp;
  }
}
