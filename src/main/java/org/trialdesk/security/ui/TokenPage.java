package org.trialdesk.security.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.ui.FacesMessages;
import org.trialdesk.platform.validation.ConstraintCheck;
import org.trialdesk.security.boundary.ApiTokens;
import org.trialdesk.security.boundary.TokenRequest;
import org.trialdesk.security.control.TokenLifetime;
import org.trialdesk.security.entity.ApiToken;
import org.trialdesk.security.entity.TokenStatus;

/**
 * The caller's personal API tokens: make one (its secret is shown once, on this page only) and
 * revoke one. The same boundary serves {@code /api/v1/tokens}.
 */
@Named
@ViewScoped
public class TokenPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS =
      Map.of("name", "token:name", "expiresOn", "token:expiresOn");

  /** A new token's default lifetime, a quarter. */
  private static final int DEFAULT_DAYS = 90;

  @Inject ApiTokens tokens;
  @Inject ConstraintCheck check;
  @Inject Clock clock;

  private List<ApiToken> mine;
  private String name;
  private LocalDate expiresOn;
  private String secret;

  @PostConstruct
  void suggest() {
    expiresOn = suggestedExpiry();
  }

  private LocalDate suggestedExpiry() {
    return TokenLifetime.today(Instant.now(clock)).plusDays(DEFAULT_DAYS);
  }

  public List<ApiToken> getTokens() {
    if (mine == null) {
      mine = tokens.mine();
    }
    return mine;
  }

  public TokenStatus statusOf(ApiToken token) {
    return token.statusAt(Instant.now(clock));
  }

  public void issue() {
    try {
      check.require(new TokenRequest(name, expiresOn));
      secret = tokens.issue(name, expiresOn).secret();
    } catch (DomainException | InvalidFieldsException refused) {
      FacesMessages.error(refused, FIELDS);
      return;
    }
    FacesMessages.info("token.issued", name);
    name = null;
    expiresOn = suggestedExpiry();
    mine = null;
  }

  public void revoke(long id) {
    try {
      ApiToken revoked = tokens.revoke(id);
      FacesMessages.info("token.revokedNow", revoked.getName());
    } catch (DomainException refused) {
      FacesMessages.error(refused, FIELDS);
    }
    secret = null;
    mine = null;
  }

  /** The furthest date the form allows, for the date picker. */
  public LocalDate getLatestExpiry() {
    return TokenLifetime.today(Instant.now(clock)).plusDays(TokenLifetime.MAX_DAYS);
  }

  public LocalDate getToday() {
    return TokenLifetime.today(Instant.now(clock));
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }

  /** The secret of the token just made, or null: it is shown once and then forgotten. */
  public String getSecret() {
    return secret;
  }
}
