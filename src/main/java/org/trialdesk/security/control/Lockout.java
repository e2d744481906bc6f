package org.trialdesk.security.control;

import java.time.Duration;
import java.time.Instant;

/**
 * When wrong passwords lock an account for one source address. Failures are counted per account and
 * address, so a stranger guessing from elsewhere locks only their own address out, never the
 * account's owner. {@code limit} failures within {@code period} of the first one lock that pair for
 * {@code period}. A password typed in correctly (login page, signature, unblinding) starts the
 * count again; one sent with HTTP Basic does not, so that an API client that authenticates every
 * request cannot wash away the wrong signature passwords it sends, and so that the check an API
 * request makes writes nothing.
 */
public record Lockout(int limit, Duration period) {

  public Lockout {
    if (limit < 1 || period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("limit and period must be positive");
    }
  }

  /**
   * The failures of one account from one address: {@code windowStart} is the first failure still
   * counted (null when none), {@code lockedUntil} null when not locked.
   */
  public record Failures(int count, Instant windowStart, Instant lockedUntil) {

    public static final Failures NONE = new Failures(0, null, null);
  }

  /** What a failure leads to, and whether it was the one that locked. */
  public record Outcome(Failures failures, boolean lockedNow) {}

  public boolean locked(Failures failures, Instant now) {
    return failures.lockedUntil() != null && now.isBefore(failures.lockedUntil());
  }

  /**
   * Counts a wrong password at {@code now}. While locked nothing changes: the lock is neither
   * extended (a guesser could otherwise keep it for ever) nor counted towards the next one.
   */
  public Outcome failed(Failures failures, Instant now) {
    if (locked(failures, now)) {
      return new Outcome(failures, false);
    }
    boolean windowOpen =
        failures.windowStart() != null && now.isBefore(failures.windowStart().plus(period));
    int count = windowOpen ? failures.count() + 1 : 1;
    Instant start = windowOpen ? failures.windowStart() : now;
    if (count >= limit) {
      return new Outcome(new Failures(0, null, now.plus(period)), true);
    }
    return new Outcome(new Failures(count, start, null), false);
  }
}
