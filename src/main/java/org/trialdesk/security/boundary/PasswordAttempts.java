package org.trialdesk.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.trialdesk.audit.boundary.LoginEvent;
import org.trialdesk.security.control.Lockout;
import org.trialdesk.security.entity.Account;
import org.trialdesk.security.entity.PasswordFailures;

/**
 * The lockout of every password check (login page, HTTP Basic, signatures, unblinding), per account
 * and source address (see {@link Lockout}). The address is the connection's as the server sees it:
 * behind a reverse proxy that is the proxy's unless the listener is configured to take the client's
 * from {@code X-Forwarded-For}, which it is not by default, so a client cannot pick one.
 */
@ApplicationScoped
public class PasswordAttempts {

  private static final Logger LOG = Logger.getLogger(PasswordAttempts.class.getName());

  @PersistenceContext EntityManager em;
  @Inject LoginPolicy policy;
  @Inject Clock clock;
  @Inject Event<LoginEvent> events;
  @Inject HttpServletRequest request;
  @Inject PasswordAttempts self;

  /** The address the current request comes from. */
  public String address() {
    try {
      return request.getRemoteAddr();
    } catch (ContextNotActiveException | IllegalStateException noRequest) {
      return "unknown";
    }
  }

  /** Whether wrong passwords from {@code address} locked the account for it. Writes nothing. */
  public boolean locked(Account account, String address) {
    return rule().locked(failuresOf(account.getId(), address), Instant.now(clock));
  }

  /**
   * Counts a wrong password, in a transaction of its own: the request that gave it fails, and its
   * own transaction is rolled back, but the failure and its audit record stay. The first failures
   * from a new address may race to insert its row despite the lock (seen on H2 under load): the
   * loser's transaction fails on the unique key, and counting again finds the winner's row.
   */
  public void failed(Account account, String address) {
    try {
      self.count(account, address);
    } catch (PersistenceException | TransactionalException raced) {
      LOG.fine(() -> "Counting a failure again after a concurrent insert: " + raced);
      self.count(account, address);
    }
  }

  /** {@link #failed}, once, in a transaction of its own. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void count(Account account, String address) {
    // Serializes the failures of one account, so that two at once count as two and the row for a
    // new address is inserted once. Only failures take this lock; a correct password takes none.
    em.find(Account.class, account.getId(), LockModeType.PESSIMISTIC_WRITE);
    PasswordFailures row =
        rowOf(account.getId(), address)
            .orElseGet(() -> new PasswordFailures(account.getId(), address));
    Lockout.Outcome outcome = rule().failed(stateOf(row), Instant.now(clock));
    Lockout.Failures next = outcome.failures();
    row.set(next.count(), next.windowStart(), next.lockedUntil());
    if (!em.contains(row)) {
      em.persist(row);
    }
    events.fire(new LoginEvent(LoginEvent.Kind.LOGIN_FAILED, account.getUsername(), address));
    if (outcome.lockedNow()) {
      LOG.warning(() -> "Account " + account.getUsername() + " locked for " + address);
      events.fire(new LoginEvent(LoginEvent.Kind.LOCKOUT, account.getUsername(), address));
    }
  }

  /**
   * Records a check refused because the account is locked for {@code address}, in a transaction of
   * its own like {@link #failed}: the request fails, the audit record stays.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void refusedWhileLocked(Account account, String address) {
    events.fire(new LoginEvent(LoginEvent.Kind.LOGIN_FAILED, account.getUsername(), address));
  }

  /**
   * A password typed in correctly from {@code address} (login page, signature, unblinding) starts
   * the count again. Not called for HTTP Basic (see {@link Lockout}); writes only when there were
   * failures.
   */
  @Transactional
  public void typedCorrectly(String username, String address) {
    em.createQuery(
            "update PasswordFailures f set f.failures = 0, f.windowStart = null"
                + " where f.address = :address and f.failures > 0 and f.accountId ="
                + " (select a.id from Account a where a.username = :username)")
        .setParameter("address", address)
        .setParameter("username", username)
        .executeUpdate();
  }

  /** Lifts every lock of the account, as a password reset by an administrator does. */
  public void clear(Account account) {
    em.createQuery(
            "update PasswordFailures f set f.failures = 0, f.windowStart = null,"
                + " f.lockedUntil = null where f.accountId = :account")
        .setParameter("account", account.getId())
        .executeUpdate();
  }

  private Lockout rule() {
    return new Lockout(policy.attempts(), policy.lockout());
  }

  private Lockout.Failures failuresOf(Long accountId, String address) {
    return rowOf(accountId, address).map(PasswordAttempts::stateOf).orElse(Lockout.Failures.NONE);
  }

  private Optional<PasswordFailures> rowOf(Long accountId, String address) {
    return em.createNamedQuery(PasswordFailures.OF, PasswordFailures.class)
        .setParameter("account", accountId)
        .setParameter("address", address)
        .getResultStream()
        .findFirst();
  }

  private static Lockout.Failures stateOf(PasswordFailures row) {
    return new Lockout.Failures(row.getFailures(), row.getWindowStart(), row.getLockedUntil());
  }
}
