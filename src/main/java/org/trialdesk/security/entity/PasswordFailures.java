package org.trialdesk.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Wrong passwords given for one account from one source address, and the lock they led to. Kept
 * apart from the account so that a stranger's failures never lock the owner out from elsewhere.
 */
@Entity
@Table(name = "password_failure")
@NamedQuery(
    name = PasswordFailures.OF,
    query =
        "select f from PasswordFailures f where f.accountId = :account and f.address = :address")
public class PasswordFailures {

  public static final String OF = "PasswordFailures.of";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id", updatable = false)
  private Long accountId;

  @Column(name = "source_address", updatable = false)
  private String address;

  private int failures;

  @Column(name = "window_start")
  private Instant windowStart;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  protected PasswordFailures() {}

  public PasswordFailures(Long accountId, String address) {
    this.accountId = accountId;
    this.address = address;
  }

  public int getFailures() {
    return failures;
  }

  public Instant getWindowStart() {
    return windowStart;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public void set(int failures, Instant windowStart, Instant lockedUntil) {
    this.failures = failures;
    this.windowStart = windowStart;
    this.lockedUntil = lockedUntil;
  }
}
