package org.trialdesk.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.audit.entity.AuditAction;
import org.trialdesk.platform.error.ConflictException;
import org.trialdesk.platform.error.ForbiddenException;
import org.trialdesk.platform.error.InvalidInputException;
import org.trialdesk.platform.error.NotFoundException;
import org.trialdesk.security.control.TokenLifetime;
import org.trialdesk.security.control.TokenSecrets;
import org.trialdesk.security.entity.Account;
import org.trialdesk.security.entity.ApiToken;
import org.trialdesk.security.entity.TokenStatus;

/**
 * Personal API tokens: every user manages their own (nobody sees or revokes another's), each one
 * acts with its owner's rights as they are at each request. Issuing and revoking are audited; so is
 * their use: the first from a source address, then at most once a minute per address, because a
 * record per request would make the trail mostly reads and cost each request a write. The token
 * keeps its last use and where it came from.
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

  private static final Logger LOG = Logger.getLogger(ApiTokens.class.getName());

  /** The request attribute that says the caller authenticated with a token. */
  static final String VIA_TOKEN = "trialdesk.apiToken";

  static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

  /** Active tokens one account may hold at once. */
  public static final int MAX_ACTIVE = 20;

  @PersistenceContext EntityManager em;
  @Inject CurrentUser caller;
  @Inject AuditTrail trail;
  @Inject Clock clock;
  @Inject HttpServletRequest request;
  @Inject TokenUses uses;

  /** A token just made, with the secret its owner sees this once. */
  public record Issued(ApiToken token, String secret) {}

  /** Who a token authenticates, with the roles their account has now. */
  public record Bearer(String username, Set<String> roles, long tokenId) {}

  /** The caller's tokens, newest first, revoked and expired ones included. */
  public List<ApiToken> mine() {
    return em.createNamedQuery(ApiToken.OF_ACCOUNT, ApiToken.class)
        .setParameter("username", callerAccount().getUsername())
        .getResultList();
  }

  public ApiToken mine(long id) {
    ApiToken token = em.find(ApiToken.class, id);
    // Another's token is answered as absent, so that its number tells nothing.
    if (token == null || !token.getAccount().getUsername().equals(caller.accountName())) {
      throw new NotFoundException("token.notFound", id);
    }
    return token;
  }

  /**
   * Makes a token valid through {@code expiresOn}. Refused when the caller authenticated with a
   * token: a leaked token must not be able to make itself a successor.
   */
  public Issued issue(String name, LocalDate expiresOn) {
    if (viaToken()) {
      throw new ForbiddenException("token.issue.needsPassword");
    }
    Instant now = Instant.now(clock);
    TokenLifetime.refusal(expiresOn, TokenLifetime.today(now))
        .ifPresent(
            key -> {
              throw new InvalidInputException("expiresOn", key, TokenLifetime.MAX_DAYS);
            });
    Account owner = callerAccount();
    long active = mine().stream().filter(t -> t.statusAt(now) == TokenStatus.ACTIVE).count();
    if (active >= MAX_ACTIVE) {
      throw new ConflictException(null, "token.tooMany", MAX_ACTIVE);
    }
    String secret = TokenSecrets.generate();
    ApiToken token =
        new ApiToken(
            owner,
            name.trim(),
            TokenSecrets.hash(secret),
            TokenSecrets.hint(secret),
            now,
            TokenLifetime.expiresAt(expiresOn));
    em.persist(token);
    em.flush();
    trail.created(token);
    return new Issued(token, secret);
  }

  /** Revokes one of the caller's tokens; it stops working with the next request. */
  public ApiToken revoke(long id) {
    ApiToken token = mine(id);
    if (token.getRevokedAt() != null) {
      throw new ConflictException(null, "token.alreadyRevoked");
    }
    token.revoke(Instant.now(clock));
    trail.event(AuditAction.REVOKE, token, token.getName());
    return token;
  }

  /**
   * The caller a Bearer secret stands for, or empty when it is unknown, revoked, expired or its
   * account disabled (all alike to the client).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Bearer> authenticate(String secret, String address) {
    if (!TokenSecrets.wellFormed(secret)) {
      return Optional.empty();
    }
    // One statement for the token, its owner and the owner's roles (a row per role): this runs
    // on every API request, so it reads no more than it needs and loads no entity.
    List<Object[]> rows =
        em.createQuery(
                "select t.id, t.expiresAt, t.revokedAt, t.lastUsedAt, t.lastUsedFrom, a.username,"
                    + " a.enabled, r from ApiToken t join t.account a left join a.roles r"
                    + " where t.secretHash = :hash",
                Object[].class)
            .setParameter("hash", TokenSecrets.hash(secret))
            .getResultList();
    Instant now = Instant.now(clock);
    if (rows.isEmpty()) {
      LOG.info(() -> "Unknown API token refused from " + address);
      return Optional.empty();
    }
    Object[] token = rows.get(0);
    boolean active =
        token[2] == null && now.isBefore((Instant) token[1]) && Boolean.TRUE.equals(token[6]);
    if (!active) {
      LOG.info(() -> "Revoked or expired API token, or disabled account, refused from " + address);
      return Optional.empty();
    }
    long id = (Long) token[0];
    String username = (String) token[5];
    if (useToRecord((Instant) token[3], (String) token[4], address, now)) {
      uses.record(id, username, address, now);
    }
    Set<String> roles =
        rows.stream()
            .map(row -> row[7])
            .filter(java.util.Objects::nonNull)
            .map(role -> ((Enum<?>) role).name())
            .collect(Collectors.toSet());
    return Optional.of(new Bearer(username, roles, id));
  }

  /** Whether this request's caller authenticated with a token rather than a password. */
  public boolean viaToken() {
    return request.getAttribute(VIA_TOKEN) != null;
  }

  /** Whether this use is to be written down: the first from an address, then once a minute. */
  private static boolean useToRecord(
      Instant lastUsedAt, String lastUsedFrom, String address, Instant now) {
    return lastUsedAt == null
        || !lastUsedAt.isAfter(now.minus(USE_RECORDED_EVERY))
        || !address.equals(lastUsedFrom);
  }

  private Account callerAccount() {
    String username = caller.accountName();
    return em.createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("username", username == null ? "" : username)
        .getResultStream()
        .findFirst()
        .orElseThrow(ForbiddenException::new);
  }
}
