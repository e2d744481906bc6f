package org.trialdesk.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import org.trialdesk.platform.error.ConflictException;
import org.trialdesk.platform.validation.ConstraintCheck;
import org.trialdesk.security.entity.Account;

/** Accounts: creation with a password that is only ever stored hashed. */
@ApplicationScoped
@Transactional
public class AccountService {

  @PersistenceContext EntityManager em;
  @Inject Pbkdf2PasswordHash passwordHash;
  @Inject ConstraintCheck validation;

  public long count() {
    return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
  }

  /** Stores a new account whose password is {@code password} (kept as a salted PBKDF2 hash). */
  public Account create(Account account, char[] password) {
    validation.require(account);
    boolean taken =
        !em.createQuery("select a.id from Account a where a.username = :username", Long.class)
            .setParameter("username", account.getUsername())
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new ConflictException("username", "account.username.duplicate", account.getUsername());
    }
    account.changePasswordHash(passwordHash.generate(password));
    em.persist(account);
    return account;
  }
}
