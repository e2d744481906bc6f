package org.trialdesk.randomization.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.randomization.boundary.Confirmation;
import org.trialdesk.randomization.boundary.Receipts;

/** The printable confirmation of a subject's randomization, with its receipt code. */
@Named
@ViewScoped
public class ConfirmationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Receipts receipts;

  private String trialCode;
  private String subjectId;
  private Confirmation confirmation;

  public void load() {
    confirmation = PageParameters.found(() -> receipts.confirmation(trialCode, subjectId));
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

  public Confirmation getConfirmation() {
    return confirmation;
  }
}
