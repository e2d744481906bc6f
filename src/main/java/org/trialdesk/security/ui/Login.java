package org.trialdesk.security.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.trialdesk.audit.boundary.LoginEvent;
import org.trialdesk.platform.i18n.Messages;

/** The login page and the logout link. */
@Named
@RequestScoped
public class Login {

  @Inject SecurityContext security;
  @Inject Event<LoginEvent> events;

  private String username;
  private String password;

  public String logIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(username, password == null ? "" : password)));
    if (status == AuthenticationStatus.SUCCESS) {
      return "/index?faces-redirect=true";
    }
    if (status == AuthenticationStatus.SEND_CONTINUE) {
      faces.responseComplete();
      return null;
    }
    // One message for every refusal: nothing tells an attacker which part was wrong.
    String text = Messages.format(faces.getViewRoot().getLocale(), "login.failed");
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    return null;
  }

  public String logOut() throws ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (request.getUserPrincipal() != null) {
      events.fire(new LoginEvent(LoginEvent.Kind.LOGOUT, request.getUserPrincipal().getName()));
    }
    request.logout();
    external.invalidateSession();
    return "/login?faces-redirect=true";
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
