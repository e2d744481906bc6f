package org.trialdesk.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * How many wrong passwords from one source address lock an account for that address, counted within
 * and locking for the same period (see {@code Lockout}); how long an idle session lasts.
 * Installations change them with {@code TRIALDESK_LOCKOUT_ATTEMPTS} (default 5), {@code
 * TRIALDESK_LOCKOUT_MINUTES} (15) and {@code TRIALDESK_SESSION_MINUTES} (30).
 */
@ApplicationScoped
public class LoginPolicy {

  public int attempts() {
    return positive("TRIALDESK_LOCKOUT_ATTEMPTS", 5);
  }

  public Duration lockout() {
    return Duration.ofMinutes(positive("TRIALDESK_LOCKOUT_MINUTES", 15));
  }

  /** Idle time after which a session ends: {@code TRIALDESK_SESSION_MINUTES}, default 30. */
  public Duration sessionTimeout() {
    return Duration.ofMinutes(positive("TRIALDESK_SESSION_MINUTES", 30));
  }

  private static int positive(String variable, int fallback) {
    try {
      int value = Integer.parseInt(System.getenv().getOrDefault(variable, ""));
      return value > 0 ? value : fallback;
    } catch (NumberFormatException unset) {
      return fallback;
    }
  }
}
