package org.trialdesk.enrollment.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.trialdesk.enrollment.boundary.EnrollmentService;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.platform.ui.PagedLazyModel;
import org.trialdesk.security.boundary.CurrentUser;
import org.trialdesk.trial.boundary.TrialService;
import org.trialdesk.trial.entity.Trial;

/**
 * The subjects of a trial: the caller's sites only for site staff; lazy, filtered in the database.
 */
@Named
@ViewScoped
public class SubjectList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EnrollmentService enrollment;
  @Inject TrialService trials;
  @Inject CurrentUser caller;

  private String trialCode;
  private Trial trial;
  private PagedLazyModel<Subject> model;

  public void load() {
    trial = PageParameters.found(() -> trials.find(trialCode));
  }

  public PagedLazyModel<Subject> getModel() {
    if (model == null) {
      String code = trialCode;
      model =
          new PagedLazyModel<>(
              request -> enrollment.count(code, request),
              request -> enrollment.page(code, request),
              Subject::getSubjectId);
    }
    return model;
  }

  /** Whether the caller enrolls: coordinators and investigators. */
  public boolean isEnrolling() {
    return caller.may(Capability.RECORD_SUBJECT_DATA);
  }

  public org.trialdesk.enrollment.entity.SubjectStatus[] getStatuses() {
    return org.trialdesk.enrollment.entity.SubjectStatus.values();
  }

  public String getTrialCode() {
    return trialCode;
  }

  public void setTrialCode(String trialCode) {
    this.trialCode = trialCode;
  }

  public Trial getTrial() {
    return trial;
  }
}
