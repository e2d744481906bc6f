package org.trialdesk.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.trialdesk.audit.entity.Auditable;

/**
 * A personal API token: a named secret its owner sends as {@code Authorization: Bearer}, acting
 * with the owner's rights as they are at each request. Only the secret's hash is stored. A token is
 * revoked, never deleted, so that what was done with it stays attributable.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(
    name = ApiToken.OF_ACCOUNT,
    query =
        "select t from ApiToken t where t.account.username = :username order by t.createdAt desc,"
            + " t.id desc")
public class ApiToken implements Auditable {

  public static final String OF_ACCOUNT = "ApiToken.ofAccount";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", updatable = false)
  private Account account;

  @Column(updatable = false)
  private String name;

  @Column(name = "secret_hash", updatable = false)
  private String secretHash;

  @Column(updatable = false)
  private String hint;

  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", updatable = false)
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "last_used_from")
  private String lastUsedFrom;

  protected ApiToken() {}

  public ApiToken(
      Account account,
      String name,
      String secretHash,
      String hint,
      Instant createdAt,
      Instant expiresAt) {
    this.account = account;
    this.name = name;
    this.secretHash = secretHash;
    this.hint = hint;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public TokenStatus statusAt(Instant now) {
    if (revokedAt != null) {
      return TokenStatus.REVOKED;
    }
    return now.isBefore(expiresAt) ? TokenStatus.ACTIVE : TokenStatus.EXPIRED;
  }

  public void revoke(Instant at) {
    this.revokedAt = at;
  }

  @Override
  public String auditType() {
    return "ApiToken";
  }

  /** The owner's name and the token's number, as the token list shows them. */
  @Override
  public String auditKey() {
    return account.getUsername() + "/tokens/" + id;
  }

  /** Never the secret or its hash. */
  @Override
  public Map<String, String> auditState() {
    Map<String, String> state = new LinkedHashMap<>();
    state.put("name", name);
    state.put("hint", hint);
    state.put("expiresAt", String.valueOf(expiresAt));
    state.put("revokedAt", revokedAt == null ? null : revokedAt.toString());
    return state;
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public String getName() {
    return name;
  }

  public String getHint() {
    return hint;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public String getLastUsedFrom() {
    return lastUsedFrom;
  }
}
