package org.trialdesk.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.Optional;
import org.trialdesk.platform.time.ViewerZone;
import org.trialdesk.security.entity.Account;

/**
 * The viewer's zone: the one chosen in the account's settings, else the zone of the account's site
 * (of the first by code, for staff of several), else UTC. Read once per request.
 */
@RequestScoped
public class AccountZone implements ViewerZone {

  /** UTC as a region, which prints as "UTC" where the offset would print as "Z". */
  private static final ZoneId UTC = ZoneId.of("UTC");

  @PersistenceContext EntityManager em;
  @Inject CurrentUser caller;
  @Inject SiteDirectory sites;

  private ZoneId zone;

  @Override
  public ZoneId zone() {
    if (zone == null) {
      zone = chosen().or(this::ofSite).map(ZoneId::of).orElse(UTC);
    }
    return zone;
  }

  /** The zone the account chose itself, if it did. */
  public Optional<String> chosen() {
    String username = caller.accountName();
    if (username == null) {
      return Optional.empty();
    }
    return em.createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .map(Account::getTimeZone);
  }

  /** The zone the account's site works in, what it reads times in unless it chose otherwise. */
  public Optional<String> ofSite() {
    return caller.sites().stream().sorted().findFirst().flatMap(sites::zoneOf);
  }
}
