package org.trialdesk.randomization.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.security.Caller;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.ui.FacesMessages;
import org.trialdesk.randomization.boundary.Unblindings;
import org.trialdesk.randomization.entity.Unblinding;

/**
 * Emergency unblinding on the subject page: an investigator of the subject's site gives a reason
 * and the password again; the page lists the subject's unblindings.
 */
@Named
@ViewScoped
public class SubjectUnblinding implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SubjectView page;
  @Inject Unblindings unblindings;
  @Inject Caller caller;

  private List<Unblinding> done = List.of();
  private String reason;
  private String password;

  /** View action after the page's own: the subject's unblindings, once the subject is loaded. */
  public void load() {
    done = page.getSubject() == null ? List.of() : unblindings.unblindings(page.getSubject());
  }

  public String unblind() {
    try {
      unblindings.unblind(page.getTrialCode(), page.getSubjectId(), reason, password);
    } catch (DomainException | InvalidFieldsException refused) {
      FacesMessages.error(
          refused, Map.of("password", "unblind:password", "reasonForChange", "unblind:reason"));
      return null;
    }
    return page.reload();
  }

  /** A blinded subject of the caller's own site whose arm the caller does not know yet. */
  public boolean isUnblindable() {
    return page.isOwnSite()
        && caller.may(Capability.UNBLIND)
        && page.getSubject().getTrial().isBlinded()
        && page.getAssignment() != null
        && page.getAssignment().arm() == null;
  }

  public List<Unblinding> getDone() {
    return done;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
