package org.trialdesk.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.trialdesk.audit.boundary.LoginEvent;
import org.trialdesk.security.entity.Account;

/**
 * Checks username and password against the accounts, with the server's PBKDF2 hash. Every refusal
 * looks the same to the caller (unknown user, wrong password, locked, disabled); the log and the
 * audit trail tell them apart. A correct password writes nothing and locks no row, since API
 * clients send it with every request; a wrong one is counted by {@link PasswordAttempts}.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  private static final Logger LOG = Logger.getLogger(AccountIdentityStore.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Pbkdf2PasswordHash passwordHash;
  @Inject PasswordAttempts attempts;
  @Inject Event<LoginEvent> events;

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String address = attempts.address();
    Account account =
        em.createNamedQuery(Account.BY_USERNAME, Account.class)
            .setParameter("username", login.getCaller())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (account == null) {
      LOG.info(() -> "Login refused: unknown user " + login.getCaller());
      events.fire(new LoginEvent(LoginEvent.Kind.LOGIN_FAILED, login.getCaller(), address));
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!account.isEnabled() || attempts.locked(account, address)) {
      LOG.info(
          () -> "Login refused: " + account.getUsername() + " disabled or locked for " + address);
      events.fire(new LoginEvent(LoginEvent.Kind.LOGIN_FAILED, login.getCaller(), address));
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (account.getPasswordHash() == null
        || !passwordHash.verify(login.getPassword().getValue(), account.getPasswordHash())) {
      attempts.failed(account, address);
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(
        account.getUsername(),
        account.getRoles().stream().map(Enum::name).collect(Collectors.toSet()));
  }
}
