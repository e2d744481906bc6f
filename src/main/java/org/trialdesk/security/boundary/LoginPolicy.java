package org.trialdesk.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many wrong passwords from one source address lock an account for that address, counted within
 * and locking for the same period (see {@code Lockout}); how long an idle session lasts.
 * Installations change them with {@code TRIALDESK_LOCKOUT_ATTEMPTS} (default 5), {@code
 * TRIALDESK_LOCKOUT_MINUTES} (15) and {@code TRIALDESK_SESSION_MINUTES} (30), read through
 * MicroProfile Config (so {@code -Dtrialdesk.lockout.attempts=...} works too). A value that is not
 * a whole number stops the deployment; zero or less means the default.
 */
@ApplicationScoped
public class LoginPolicy {

  @Inject
  @ConfigProperty(name = "trialdesk.lockout.attempts", defaultValue = "5")
  int attempts;

  @Inject
  @ConfigProperty(name = "trialdesk.lockout.minutes", defaultValue = "15")
  int lockoutMinutes;

  @Inject
  @ConfigProperty(name = "trialdesk.session.minutes", defaultValue = "30")
  int sessionMinutes;

  public int attempts() {
    return positive(attempts, 5);
  }

  public Duration lockout() {
    return Duration.ofMinutes(positive(lockoutMinutes, 15));
  }

  /** Idle time after which a session ends. */
  public Duration sessionTimeout() {
    return Duration.ofMinutes(positive(sessionMinutes, 30));
  }

  private static int positive(int value, int fallback) {
    return value > 0 ? value : fallback;
  }
}
