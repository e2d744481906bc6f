package org.trialdesk.security.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LockoutTest {

  private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
  private final Lockout rule = new Lockout(5, Duration.ofMinutes(15));

  /** The failures of one account kept per address, as the boundary keeps them in the database. */
  private final Map<String, Lockout.Failures> byAddress = new HashMap<>();

  private boolean fail(String address, Instant at) {
    Lockout.Outcome outcome =
        rule.failed(byAddress.getOrDefault(address, Lockout.Failures.NONE), at);
    byAddress.put(address, outcome.failures());
    return outcome.lockedNow();
  }

  private boolean locked(String address, Instant at) {
    return rule.locked(byAddress.getOrDefault(address, Lockout.Failures.NONE), at);
  }

  @Test
  void theFifthWrongPasswordFromOneAddressLocksThatAddressForTheAccount() {
    for (int i = 0; i < 4; i++) {
      assertThat(fail("203.0.113.9", T0.plusSeconds(i))).isFalse();
      assertThat(locked("203.0.113.9", T0.plusSeconds(i))).isFalse();
    }
    assertThat(fail("203.0.113.9", T0.plusSeconds(4))).isTrue();
    assertThat(locked("203.0.113.9", T0.plusSeconds(5))).isTrue();
    assertThat(locked("203.0.113.9", T0.plusSeconds(4).plus(Duration.ofMinutes(15)))).isFalse();
  }

  @Test
  void aStrangersFailuresDoNotLockTheOwnerOutFromElsewhere() {
    for (int i = 0; i < 50; i++) {
      fail("198.51.100.7", T0.plusSeconds(i));
    }
    assertThat(locked("198.51.100.7", T0.plusSeconds(60))).isTrue();
    assertThat(locked("192.0.2.44", T0.plusSeconds(60))).isFalse();
    assertThat(fail("192.0.2.44", T0.plusSeconds(61))).as("one typo of the owner").isFalse();
    assertThat(locked("192.0.2.44", T0.plusSeconds(62))).isFalse();
  }

  @Test
  void failuresWhileLockedNeitherExtendNorCountTowardsTheNextLock() {
    for (int i = 0; i < 5; i++) {
      fail("203.0.113.9", T0);
    }
    Instant until = byAddress.get("203.0.113.9").lockedUntil();
    for (int i = 1; i <= 20; i++) {
      assertThat(fail("203.0.113.9", T0.plusSeconds(i * 30))).isFalse();
    }
    assertThat(byAddress.get("203.0.113.9").lockedUntil()).isEqualTo(until);
    assertThat(fail("203.0.113.9", until)).as("a fresh count after the lock").isFalse();
    assertThat(byAddress.get("203.0.113.9").count()).isEqualTo(1);
  }

  @Test
  void failuresOlderThanThePeriodAreForgotten() {
    for (int i = 0; i < 4; i++) {
      fail("203.0.113.9", T0.plusSeconds(i));
    }
    Instant later = T0.plus(Duration.ofMinutes(15));
    assertThat(fail("203.0.113.9", later)).isFalse();
    assertThat(byAddress.get("203.0.113.9")).isEqualTo(new Lockout.Failures(1, later, null));
    for (int i = 1; i < 4; i++) {
      assertThat(fail("203.0.113.9", later.plusSeconds(i))).isFalse();
    }
    assertThat(fail("203.0.113.9", later.plusSeconds(4))).isTrue();
  }

  @Test
  void aLimitOfOneLocksAtTheFirstFailure() {
    Lockout strict = new Lockout(1, Duration.ofMinutes(1));
    Lockout.Outcome first = strict.failed(Lockout.Failures.NONE, T0);
    assertThat(first.lockedNow()).isTrue();
    assertThat(strict.locked(first.failures(), T0.plusSeconds(59))).isTrue();
    assertThatThrownBy(() -> new Lockout(0, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
