package org.trialdesk.security.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.security.boundary.CurrentUser;

/**
 * What the caller may do, for the pages: {@code rendered="#{rights.may('SET_UP')}"} shows a control
 * only to those whose boundary call would not be refused, since both read {@link Capability}.
 */
@Named
@RequestScoped
public class Rights {

  @Inject CurrentUser caller;

  public boolean may(Capability capability) {
    return caller.may(capability);
  }

  /**
   * For a form page's view action: answers 403 (the forbidden page instead of a form) when the
   * caller lacks {@code capability}; true when the page may go on.
   */
  public boolean pageAllowed(Capability capability) {
    return PageParameters.found(
            () -> {
              caller.require(capability);
              return Boolean.TRUE;
            })
        != null;
  }
}
