package org.trialdesk.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import org.trialdesk.audit.boundary.LoginEvent;
import org.trialdesk.security.entity.Account;

/**
 * One authentication mechanism for pages and API: the login page authenticates programmatically and
 * the session then carries the caller, for pages only; API clients send a personal API token
 * ({@code Authorization: Bearer}) or HTTP Basic with every request, and a session cookie sent to
 * the API is ignored (401 without either). Roles are read from the account on every request, so
 * disabling an account or changing its roles takes effect at once, also for open sessions and
 * tokens.
 */
@ApplicationScoped
public class TrialDeskAuthentication implements HttpAuthenticationMechanism {

  static final String CALLER = "trialdesk.caller";
  static final String LOGIN_PAGE = "/login.xhtml";

  @Inject IdentityStoreHandler identityStores;
  @Inject LoginPolicy policy;
  @Inject PasswordAttempts attempts;
  @Inject ApiTokens tokens;
  @Inject Event<LoginEvent> events;
  @PersistenceContext EntityManager em;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential submitted = context.getAuthParameters().getCredential();
    if (submitted != null) {
      return loginFromPage(request, context, submitted);
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(authorization.substring(6).trim(), request, response, context);
    }
    if (authorization != null
        && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        && isApi(request)) {
      return bearer(authorization.substring(7).trim(), request, response, context);
    }
    // The API takes only credentials sent with the request: a browser adds the session cookie to
    // any request, also one a foreign page makes it send, so the cookie must not count there.
    HttpSession session = isApi(request) ? null : request.getSession(false);
    Object caller = session == null ? null : session.getAttribute(CALLER);
    if (caller != null) {
      Set<String> roles = currentRoles((String) caller);
      if (roles != null) {
        return context.notifyContainerAboutLogin((String) caller, roles);
      }
      session.invalidate();
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    return isApi(request) ? challenge(response, context) : toLoginPage(request, context);
  }

  private AuthenticationStatus loginFromPage(
      HttpServletRequest request, HttpMessageContext context, Credential submitted) {
    CredentialValidationResult result = identityStores.validate(submitted);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    attempts.typedCorrectly(result.getCallerPrincipal().getName(), attempts.address());
    // A new session id at login, so that a session id planted before cannot be ridden.
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    HttpSession session = request.getSession(true);
    session.setMaxInactiveInterval((int) policy.sessionTimeout().toSeconds());
    session.setAttribute(CALLER, result.getCallerPrincipal().getName());
    events.fire(new LoginEvent(LoginEvent.Kind.LOGIN, result.getCallerPrincipal().getName()));
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus basic(
      String encoded,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return challenge(response, context);
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return challenge(response, context);
    }
    CredentialValidationResult result =
        identityStores.validate(
            new UsernamePasswordCredential(
                decoded.substring(0, colon), decoded.substring(colon + 1)));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return challenge(response, context);
    }
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus bearer(
      String secret,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    return tokens
        .authenticate(secret, attempts.address())
        .map(
            caller -> {
              request.setAttribute(ApiTokens.VIA_TOKEN, caller.tokenId());
              return context.notifyContainerAboutLogin(caller.username(), caller.roles());
            })
        .orElseGet(
            () -> {
              // RFC 6750: the client learns the token is no good, not why.
              response.setHeader(
                  "WWW-Authenticate", "Bearer realm=\"TrialDesk\", error=\"invalid_token\"");
              return context.responseUnauthorized();
            });
  }

  /**
   * The roles of a still usable account, or {@code null} when it was disabled since. A lockout does
   * not end open sessions: it is per source address, and the session proved the password.
   */
  private Set<String> currentRoles(String username) {
    return em.createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("username", username)
        .getResultStream()
        .filter(Account::isEnabled)
        .findFirst()
        .map(account -> account.getRoles().stream().map(Enum::name).collect(Collectors.toSet()))
        .orElse(null);
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  /**
   * 401 with a challenge for both ways an API client may authenticate. The container sends the 401
   * itself; its error page ({@code UnauthorizedProblem}) writes the same problem document whatever
   * went wrong, so nothing is leaked.
   */
  private static AuthenticationStatus challenge(
      HttpServletResponse response, HttpMessageContext context) {
    response.addHeader("WWW-Authenticate", "Basic realm=\"TrialDesk\", charset=\"UTF-8\"");
    response.addHeader("WWW-Authenticate", "Bearer realm=\"TrialDesk\"");
    return context.responseUnauthorized();
  }

  private static AuthenticationStatus toLoginPage(
      HttpServletRequest request, HttpMessageContext context) {
    return context.redirect(request.getContextPath() + LOGIN_PAGE);
  }
}
