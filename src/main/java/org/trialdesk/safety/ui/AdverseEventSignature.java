package org.trialdesk.safety.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.trialdesk.audit.boundary.Signatures;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.ui.FacesMessages;
import org.trialdesk.safety.boundary.AdverseEventService;
import org.trialdesk.safety.entity.AdverseEvent;

/**
 * An investigator signs a serious event as it stands (the SAE report), with the password typed
 * again; the event's signatures, each shown valid or invalidated by a later change.
 */
@Named
@ViewScoped
public class AdverseEventSignature implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AdverseEventEditor editor;
  @Inject AdverseEventService events;
  @Inject Signatures signatures;

  private List<Signatures.Shown> signed;
  private String signingPassword;

  public String sign() {
    try {
      events.sign(
          editor.getTrialCode(), editor.getSubjectId(), editor.getEventId(), signingPassword);
    } catch (DomainException | InvalidFieldsException refused) {
      FacesMessages.error(refused, Map.of("password", "sign:password"));
      return null;
    }
    return editor.eventPage(editor.getEventId());
  }

  /** A serious event that is not voided is a report that can be signed. */
  public boolean isSignable() {
    AdverseEvent stored = editor.getStored();
    return stored != null && stored.isSerious() && !stored.isVoided();
  }

  public List<Signatures.Shown> getSigned() {
    if (signed == null) {
      signed = isSignable() ? signatures.of(editor.getStored()) : List.of();
    }
    return signed;
  }

  public String getSigningPassword() {
    return signingPassword;
  }

  public void setSigningPassword(String signingPassword) {
    this.signingPassword = signingPassword;
  }
}
