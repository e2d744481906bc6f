package org.trialdesk.security.boundary;

import java.time.Instant;
import org.trialdesk.security.entity.ApiToken;
import org.trialdesk.security.entity.TokenStatus;

/**
 * A personal API token in the API. {@code token}, the secret, is present only in the answer that
 * made it: it is stored nowhere and cannot be shown again.
 */
public record TokenDocument(
    long id,
    String name,
    String hint,
    TokenStatus status,
    Instant createdAt,
    Instant expiresAt,
    Instant lastUsedAt,
    String lastUsedFrom,
    Instant revokedAt,
    String token) {

  static TokenDocument of(ApiToken token, Instant now, String secret) {
    return new TokenDocument(
        token.getId(),
        token.getName(),
        token.getHint(),
        token.statusAt(now),
        token.getCreatedAt(),
        token.getExpiresAt(),
        token.getLastUsedAt(),
        token.getLastUsedFrom(),
        token.getRevokedAt(),
        secret);
  }
}
