package org.trialdesk.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.trialdesk.security.entity.Account;

/**
 * Checks username and password against the accounts, with the server's PBKDF2 hash. Every refusal
 * looks the same to the caller (unknown user, wrong password, locked, disabled); the log and the
 * account tell them apart. Runs in a transaction of its own so that a failed attempt is counted
 * even though the request fails.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  private static final Logger LOG = Logger.getLogger(AccountIdentityStore.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Pbkdf2PasswordHash passwordHash;
  @Inject LoginPolicy policy;
  @Inject Clock clock;
  @Inject Event<LoginEvent> events;

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    Account account =
        em.createNamedQuery(Account.BY_USERNAME, Account.class)
            .setParameter("username", login.getCaller())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElse(null);
    Instant now = Instant.now(clock);
    if (account == null) {
      LOG.info(() -> "Login refused: unknown user " + login.getCaller());
      events.fire(new LoginEvent(LoginEvent.Kind.LOGIN_FAILED, login.getCaller()));
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!account.canLogIn(now)) {
      LOG.info(() -> "Login refused: account " + account.getUsername() + " is disabled or locked");
      events.fire(new LoginEvent(LoginEvent.Kind.LOGIN_FAILED, login.getCaller()));
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (account.getPasswordHash() == null
        || !passwordHash.verify(login.getPassword().getValue(), account.getPasswordHash())) {
      events.fire(new LoginEvent(LoginEvent.Kind.LOGIN_FAILED, login.getCaller()));
      if (account.failedLogin(now, policy.attempts(), policy.lockout())) {
        LOG.warning(() -> "Account " + account.getUsername() + " locked after failed logins");
        events.fire(new LoginEvent(LoginEvent.Kind.LOCKOUT, login.getCaller()));
      }
      return CredentialValidationResult.INVALID_RESULT;
    }
    account.succeededLogin();
    return new CredentialValidationResult(
        account.getUsername(),
        account.getRoles().stream().map(Enum::name).collect(Collectors.toSet()));
  }
}
