package org.trialdesk.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import org.trialdesk.platform.error.ForbiddenException;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.security.Role;

/**
 * Who is calling, for the boundaries' checks: their roles, and whether a site is theirs. Services
 * check here rather than trusting what pages show or hide.
 */
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext security;
  @Inject AccountSites accountSites;

  private Set<String> sites;

  /** The account a start-up task acts for while nobody is logged in; null otherwise. */
  private Acting acting;

  private record Acting(String username, Set<Role> roles) {}

  /** The last name looked up in {@link #accountName}, and whether it named an account. */
  private String lookedUp;

  private boolean lookedUpIsAccount;

  public String username() {
    if (acting != null) {
      return acting.username();
    }
    Principal caller = security.getCallerPrincipal();
    return caller == null ? null : caller.getName();
  }

  /**
   * The account calling (or acted for), or {@code null} for the server itself: at start-up the
   * container's own identity has a name, but it is nobody's account.
   */
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

  public Set<Role> roles() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (is(role)) {
        roles.add(role);
      }
    }
    return roles;
  }

  /** Refuses the call unless the caller holds one of {@code allowed}. */
  public void requireAny(Role... allowed) {
    for (Role role : allowed) {
      if (is(role)) {
        return;
      }
    }
    throw new ForbiddenException();
  }

  /**
   * Whether the caller's roles give {@code capability}; what pages ask before showing a control.
   */
  public boolean may(Capability capability) {
    return capability.heldBy(roles());
  }

  /** Refuses the call unless the caller's roles give {@code capability}. */
  public void require(Capability capability) {
    if (!may(capability)) {
      throw new ForbiddenException();
    }
  }

  /**
   * Whether the caller sees only their own sites (coordinators and investigators without a wider
   * role).
   */
  public boolean siteScoped() {
    return !is(Role.ADMINISTRATOR) && !is(Role.MONITOR) && !is(Role.STATISTICIAN);
  }

  /** Whether the caller may see records of site {@code siteCode}. */
  public boolean maySee(String siteCode) {
    return !siteScoped() || sites().contains(siteCode);
  }

  public Set<String> sites() {
    if (sites == null) {
      sites = accountSites.of(username());
    }
    return sites;
  }
}
