package org.trialdesk.trial.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.audit.boundary.Signatures;
import org.trialdesk.audit.entity.AuditRecord;
import org.trialdesk.audit.entity.SignatureMeaning;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.ui.FacesMessages;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.security.boundary.CurrentUser;
import org.trialdesk.trial.boundary.ParticipationDocument;
import org.trialdesk.trial.boundary.SiteParticipations;
import org.trialdesk.trial.boundary.TrialService;
import org.trialdesk.trial.control.TrialSigning;
import org.trialdesk.trial.entity.Trial;
import org.trialdesk.trial.entity.TrialStatus;

/** The trial page: arms with regimens, factors, criteria, sites, and the lifecycle. */
@Named
@ViewScoped
public class TrialView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TrialService trials;
  @Inject SiteParticipations participations;
  @Inject AuditTrail trail;
  @Inject Signatures signatures;
  @Inject CurrentUser caller;

  private String code;
  private Trial trial;
  private List<ParticipationDocument> sites;
  private List<AuditRecord> history;
  private List<Signatures.Shown> signed;
  private SignatureMeaning meaning;
  private String signingPassword;
  @NotNull private TrialStatus nextStatus;

  @NotBlank
  @Size(max = 1000)
  private String reasonForChange;

  /** View action: loads the trial named by the {@code code} parameter. */
  public void load() {
    trial = PageParameters.found(() -> trials.find(code));
    if (trial == null) {
      return;
    }
    sites = participations.ofTrial(code);
    history = trail.history(trial);
    signed = signatures.of(trial);
  }

  public String changeStatus() {
    try {
      trials.changeStatus(code, nextStatus, reasonForChange);
    } catch (DomainException | InvalidFieldsException refused) {
      FacesMessages.error(
          refused, Map.of("status", "status:next", "reasonForChange", "status:reason"));
      return null;
    }
    FacesMessages.info("trial.status.changed", code);
    return "/trial/view?faces-redirect=true&code=" + code;
  }

  /** Signs the trial as it is now, with the meaning chosen and the password typed again. */
  public String sign() {
    try {
      trials.sign(code, meaning, signingPassword);
    } catch (DomainException | InvalidFieldsException refused) {
      FacesMessages.error(refused, Map.of("password", "sign:password", "meaning", "sign:meaning"));
      return null;
    }
    FacesMessages.info("signature.done", code);
    return "/trial/view?faces-redirect=true&code=" + code;
  }

  public List<Signatures.Shown> getSigned() {
    return signed;
  }

  /** The meanings the caller may sign with; none for site staff, who do not sign trials. */
  public List<SignatureMeaning> getMeanings() {
    return List.copyOf(TrialSigning.meaningsFor(caller.roles()));
  }

  public SignatureMeaning getMeaning() {
    return meaning;
  }

  public void setMeaning(SignatureMeaning meaning) {
    this.meaning = meaning;
  }

  public String getSigningPassword() {
    return signingPassword;
  }

  public void setSigningPassword(String signingPassword) {
    this.signingPassword = signingPassword;
  }

  public List<TrialStatus> getSuccessors() {
    return List.copyOf(trial.getStatus().successors());
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Trial getTrial() {
    return trial;
  }

  public List<ParticipationDocument> getSites() {
    return sites;
  }

  public List<AuditRecord> getHistory() {
    return history;
  }

  public TrialStatus getNextStatus() {
    return nextStatus;
  }

  public void setNextStatus(TrialStatus nextStatus) {
    this.nextStatus = nextStatus;
  }

  public String getReasonForChange() {
    return reasonForChange;
  }

  public void setReasonForChange(String reasonForChange) {
    this.reasonForChange = reasonForChange;
  }
}
