package org.trialdesk.trial.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.ui.FacesMessages;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.security.ui.Rights;
import org.trialdesk.trial.boundary.TrialService;
import org.trialdesk.trial.entity.AgentDose;
import org.trialdesk.trial.entity.Arm;

/** The arm editor: name, ratio, description, and the regimen lines (add, remove, reorder). */
@Named
@ViewScoped
public class ArmEditor implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS =
      Map.of(
          "reasonForChange",
          "arm:reason",
          "code",
          "arm:code",
          "name",
          "arm:name",
          "nameJa",
          "arm:nameJa",
          "ratio",
          "arm:ratio",
          "regimen",
          "arm:regimen");

  private static final Pattern LINE_FIELD = Pattern.compile("regimen\\[(\\d+)]\\.(\\w+)");

  private String reasonForChange;

  @Inject TrialService trials;
  @Inject Rights rights;

  private String trialCode;
  private String armCode;
  private Arm arm;

  public void load() {
    if (arm != null) {
      return;
    }
    if (!rights.pageAllowed(Capability.SET_UP)) {
      return;
    }
    if (armCode != null && !armCode.isBlank()) {
      arm = PageParameters.found(() -> trials.arm(trialCode, armCode));
    } else if (PageParameters.found(() -> trials.find(trialCode)) != null) {
      arm = Arm.blank();
    }
  }

  public boolean isNew() {
    return arm.getId() == null;
  }

  public String save() {
    try {
      trials.saveArm(trialCode, arm, reasonForChange);
      FacesMessages.info("arm.saved", arm.getCode());
      return "/trial/view?faces-redirect=true&code=" + trialCode;
    } catch (DomainException | InvalidFieldsException refused) {
      FacesMessages.errorAt(refused, ArmEditor::clientIdOf);
    }
    return null;
  }

  /** {@code regimen[2].cycleDays} is the field in the regimen table's third row. */
  private static String clientIdOf(String field) {
    if (field == null) {
      return null;
    }
    Matcher line = LINE_FIELD.matcher(field);
    return line.matches() ? "arm:lines:" + line.group(1) + ":" + line.group(2) : FIELDS.get(field);
  }

  public void addLine() {
    arm.give(new AgentDose());
  }

  public void removeLine(int index) {
    arm.getRegimen().remove(index);
  }

  public void moveUp(int index) {
    arm.moveUp(index);
  }

  public void moveDown(int index) {
    arm.moveDown(index);
  }

  public String getTrialCode() {
    return trialCode;
  }

  public void setTrialCode(String trialCode) {
    this.trialCode = trialCode;
  }

  public String getArmCode() {
    return armCode;
  }

  public void setArmCode(String armCode) {
    this.armCode = armCode;
  }

  public Arm getArm() {
    return arm;
  }

  public String getReasonForChange() {
    return reasonForChange;
  }

  public void setReasonForChange(String reasonForChange) {
    this.reasonForChange = reasonForChange;
  }
}
