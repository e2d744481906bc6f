package org.trialdesk.outcome.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.trialdesk.outcome.boundary.Assessments;
import org.trialdesk.outcome.boundary.FollowUps;
import org.trialdesk.outcome.boundary.OverrideRequest;
import org.trialdesk.outcome.entity.Response;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.ui.FacesMessages;

/**
 * The corrections on a subject's outcome page, each from a dialog with its reason: an
 * investigator's response in place of the computed one, a voided assessment or follow-up.
 */
@Named
@ViewScoped
public class OutcomeCorrections implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SubjectOutcomePage page;
  @Inject Assessments assessments;
  @Inject FollowUps followUps;

  private Long chosen;
  private Response overrideResponse;
  private String reason;

  public String override() {
    try {
      assessments.override(
          page.getTrialCode(),
          page.getSubjectId(),
          chosen,
          new OverrideRequest(overrideResponse == null ? null : overrideResponse.name(), reason));
    } catch (DomainException | InvalidFieldsException refused) {
      FacesMessages.error(
          refused, Map.of("response", "override:response", "reasonForChange", "override:reason"));
      return null;
    }
    return page.self();
  }

  public String voidAssessment() {
    try {
      assessments.voidAssessment(page.getTrialCode(), page.getSubjectId(), chosen, reason);
    } catch (DomainException | InvalidFieldsException refused) {
      FacesMessages.error(refused, Map.of("reasonForChange", "voidAssessment:reason"));
      return null;
    }
    return page.self();
  }

  public String voidFollowUp() {
    try {
      followUps.voidFollowUp(page.getTrialCode(), page.getSubjectId(), chosen, reason);
    } catch (DomainException | InvalidFieldsException refused) {
      FacesMessages.error(refused, Map.of("reasonForChange", "voidFollowUp:reason"));
      return null;
    }
    return page.self();
  }

  public Long getChosen() {
    return chosen;
  }

  public void setChosen(Long chosen) {
    this.chosen = chosen;
  }

  public Response getOverrideResponse() {
    return overrideResponse;
  }

  public void setOverrideResponse(Response overrideResponse) {
    this.overrideResponse = overrideResponse;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
