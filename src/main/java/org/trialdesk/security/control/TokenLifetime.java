package org.trialdesk.security.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * How long a personal API token may live. Every token expires, at most a year after it is made, so
 * a forgotten one does not stay valid for ever. A token is valid through the date its owner names:
 * it expires at the end of that day in UTC, the zone the API speaks.
 */
public final class TokenLifetime {

  /** The furthest expiry date, in days from today. */
  public static final int MAX_DAYS = 366;

  private TokenLifetime() {}

  /**
   * The message key that refuses {@code expiresOn} when a token is made {@code today}, or empty
   * when it is allowed.
   */
  public static Optional<String> refusal(LocalDate expiresOn, LocalDate today) {
    if (expiresOn.isBefore(today)) {
      return Optional.of("token.expiresOn.past");
    }
    if (expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
      return Optional.of("token.expiresOn.tooLate");
    }
    return Optional.empty();
  }

  /** The instant a token valid through {@code expiresOn} stops working. */
  public static Instant expiresAt(LocalDate expiresOn) {
    return expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** Today in UTC, the day expiry dates are counted from. */
  public static LocalDate today(Instant now) {
    return LocalDate.ofInstant(now, ZoneOffset.UTC);
  }
}
