package org.trialdesk.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.audit.entity.AuditAction;
import org.trialdesk.platform.error.ConflictException;
import org.trialdesk.platform.error.ForbiddenException;
import org.trialdesk.platform.error.InvalidInputException;
import org.trialdesk.platform.error.NotFoundException;
import org.trialdesk.platform.persistence.PageRequest;
import org.trialdesk.platform.persistence.Pages;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.security.Role;
import org.trialdesk.platform.validation.ConstraintCheck;
import org.trialdesk.platform.validation.TimeZoneId;
import org.trialdesk.security.entity.Account;

/**
 * Accounts, administered by administrators: creation, roles and sites, disabling (never deleting)
 * and password resets, each audited. Passwords are only ever stored as PBKDF2 hashes.
 */
@ApplicationScoped
@Transactional
public class AccountService {

  static final int MINIMUM_PASSWORD_LENGTH = 8;
  private static final List<String> SORTABLE = List.of("username", "fullName");

  @PersistenceContext EntityManager em;
  @Inject Pbkdf2PasswordHash passwordHash;
  @Inject ConstraintCheck validation;
  @Inject CurrentUser caller;
  @Inject AuditTrail trail;
  @Inject PasswordAttempts attempts;

  public long count() {
    return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
  }

  public long count(PageRequest request) {
    caller.require(Capability.ADMINISTER_USERS);
    return Pages.count(em, Account.class, request, SORTABLE);
  }

  public List<Account> page(PageRequest request) {
    caller.require(Capability.ADMINISTER_USERS);
    return Pages.load(em, Account.class, request, SORTABLE);
  }

  public Account find(String username) {
    caller.require(Capability.ADMINISTER_USERS);
    return managed(username);
  }

  /** An administrator creates an account with a first password. */
  public Account create(Account account, String password) {
    caller.require(Capability.ADMINISTER_USERS);
    requireStrong(password);
    Account created = store(account, password.toCharArray());
    trail.created(created);
    return created;
  }

  /**
   * Stores an account without a caller, for the demo logins created at start-up (nobody is logged
   * in then, and their password is the short documented demo one).
   */
  public Account seed(Account account, char[] password) {
    return store(account, password);
  }

  /** Changes name, roles, sites and whether the account may log in, with the reason. */
  public Account update(
      String username,
      String fullName,
      boolean enabled,
      Set<Role> roles,
      Set<String> sites,
      String reasonForChange) {
    caller.require(Capability.ADMINISTER_USERS);
    String reason = AuditTrail.requireReason(reasonForChange);
    Account account = managed(username);
    Map<String, String> before = account.auditState();
    account.setFullName(fullName);
    account.setEnabled(enabled);
    account.getRoles().clear();
    account.getRoles().addAll(roles);
    account.getSiteCodes().clear();
    account.getSiteCodes().addAll(sites);
    validation.require(account);
    trail.changed(account, before, reason);
    return account;
  }

  public void resetPassword(String username, String password, String reasonForChange) {
    caller.require(Capability.ADMINISTER_USERS);
    String reason = AuditTrail.requireReason(reasonForChange);
    requireStrong(password);
    Account account = managed(username);
    account.changePasswordHash(passwordHash.generate(password.toCharArray()));
    attempts.clear(account);
    trail.event(AuditAction.PASSWORD_RESET, account, reason);
  }

  /**
   * Sets the zone the caller's own account reads times in; blank goes back to its site's zone. A
   * display preference of one's own, so neither a right nor a reason is asked for.
   */
  public void chooseTimeZone(String zoneId) {
    String username = caller.accountName();
    if (username == null) {
      throw new ForbiddenException();
    }
    String zone = zoneId == null || zoneId.isBlank() ? null : zoneId.strip();
    validation.require(new ZoneChoice(zone));
    managed(username).setTimeZone(zone);
  }

  /** A zone as chosen, checked by the same constraint as the account's column before any lookup. */
  private record ZoneChoice(@TimeZoneId String timeZone) {}

  private Account store(Account account, char[] password) {
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

  private static void requireStrong(String password) {
    if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
      throw new InvalidInputException(
          "password", "account.password.tooShort", MINIMUM_PASSWORD_LENGTH);
    }
  }

  private Account managed(String username) {
    return em.createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("account.notFound", username));
  }
}
