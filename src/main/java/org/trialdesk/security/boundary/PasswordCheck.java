package org.trialdesk.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.trialdesk.platform.security.PasswordConfirmation;
import org.trialdesk.security.entity.Account;

/**
 * Asks for a logged-in user's password again, as an electronic signature or an emergency unblinding
 * does. A wrong password counts towards the lockout exactly like a wrong login, and a locked
 * account (for the caller's address) is refused even the right password.
 */
@ApplicationScoped
public class PasswordCheck implements PasswordConfirmation {

  @PersistenceContext EntityManager em;
  @Inject Pbkdf2PasswordHash passwordHash;
  @Inject PasswordAttempts attempts;

  @Override
  public String printedNameIfCorrect(String username, String password) {
    if (username == null || password == null || password.isEmpty()) {
      return null;
    }
    Account account =
        em.createNamedQuery(Account.BY_USERNAME, Account.class)
            .setParameter("username", username)
            .getResultStream()
            .findFirst()
            .orElse(null);
    String address = attempts.address();
    if (account == null || !account.isEnabled() || account.getPasswordHash() == null) {
      return null;
    }
    if (attempts.locked(account, address)) {
      attempts.refusedWhileLocked(account, address);
      return null;
    }
    if (!passwordHash.verify(password.toCharArray(), account.getPasswordHash())) {
      attempts.failed(account, address);
      return null;
    }
    attempts.typedCorrectly(username, address);
    return account.getFullName();
  }
}
