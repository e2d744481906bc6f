package org.trialdesk.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Instant;
import org.trialdesk.security.entity.Account;

/** Asks for a logged-in user's password again, as an electronic signature does. */
@ApplicationScoped
public class PasswordCheck {

  @PersistenceContext EntityManager em;
  @Inject Pbkdf2PasswordHash passwordHash;
  @Inject Clock clock;

  /** The account's printed name when {@code password} is its password, else {@code null}. */
  public String printedNameIfCorrect(String username, String password) {
    if (username == null || password == null || password.isEmpty()) {
      return null;
    }
    return em.createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("username", username)
        .getResultStream()
        .filter(a -> a.canLogIn(Instant.now(clock)) && a.getPasswordHash() != null)
        .filter(a -> passwordHash.verify(password.toCharArray(), a.getPasswordHash()))
        .map(Account::getFullName)
        .findFirst()
        .orElse(null);
  }
}
