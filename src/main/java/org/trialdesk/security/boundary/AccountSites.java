package org.trialdesk.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.TreeSet;

/** The sites an account belongs to, read fresh from the database; whether an account exists. */
@ApplicationScoped
public class AccountSites {

  @PersistenceContext EntityManager em;

  public Set<String> of(String username) {
    if (username == null) {
      return Set.of();
    }
    return new TreeSet<>(
        em.createQuery(
                "select s from Account a join a.siteCodes s where a.username = :username",
                String.class)
            .setParameter("username", username)
            .getResultList());
  }

  /** Whether {@code username} names an account (anyone who can log in), roles or not. */
  public boolean isAccount(String username) {
    return username != null
        && em.createQuery("select count(a) from Account a where a.username = :username", Long.class)
                .setParameter("username", username)
                .getSingleResult()
            > 0;
  }
}
