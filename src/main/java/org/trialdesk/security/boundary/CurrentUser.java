package org.trialdesk.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Set;
import org.trialdesk.platform.security.Caller;
import org.trialdesk.platform.security.Role;

/**
 * Who is calling, from the logged-in account (or the account start-up work acts for): the security
 * capability's {@link Caller}. Services check here rather than trusting what pages show or hide.
 */
@RequestScoped
public class CurrentUser implements Caller {

  @Inject SecurityContext security;
  @Inject AccountSites accountSites;

  private Set<String> sites;

  /** The account a start-up task acts for while nobody is logged in; null otherwise. */
  private Acting acting;

  private record Acting(String username, Set<Role> roles) {}

  /** The last name looked up in {@link #accountName}, and whether it named an account. */
  private String lookedUp;

  private boolean lookedUpIsAccount;

  @Override
  public String username() {
    if (acting != null) {
      return acting.username();
    }
    Principal caller = security.getCallerPrincipal();
    return caller == null ? null : caller.getName();
  }

  @Override
  public String accountName() {
    if (acting != null) {
      return acting.username();
    }
    String name = username();
    if (name != null && !name.equals(lookedUp)) {
      lookedUp = name;
      lookedUpIsAccount = accountSites.isAccount(name);
    }
    return name != null && lookedUpIsAccount ? name : null;
  }

  @Override
  public boolean is(Role role) {
    return acting != null ? acting.roles().contains(role) : security.isCallerInRole(role.name());
  }

  /** Ends acting for an account; what {@link #actAs} returns. */
  public interface ActingFor extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Lets start-up work (the demo subjects) pass through the boundaries, and all their checks, as
   * the named account would, until the returned handle is closed. Refused to anyone holding a role:
   * nobody logged in becomes someone else.
   */
  public ActingFor actAs(String username, Set<Role> roles, Set<String> siteCodes) {
    // The server's own identity at deployment holds no TrialDesk role and names no account.
    Principal principal = security.getCallerPrincipal();
    if (acting != null
        || !roles().isEmpty()
        || (principal != null && accountSites.isAccount(principal.getName()))) {
      throw new IllegalStateException("Only start-up work acts for an account");
    }
    acting = new Acting(username, Set.copyOf(roles));
    sites = Set.copyOf(siteCodes);
    return () -> {
      acting = null;
      sites = null;
    };
  }

  @Override
  public Set<String> sites() {
    if (sites == null) {
      sites = accountSites.of(username());
    }
    return sites;
  }
}
