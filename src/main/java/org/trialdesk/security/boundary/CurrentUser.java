package org.trialdesk.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import org.trialdesk.platform.error.ForbiddenException;
import org.trialdesk.security.entity.Role;

/**
 * Who is calling, for the boundaries' checks: their roles, and whether a site is theirs. Services
 * check here rather than trusting what pages show or hide.
 */
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext security;
  @Inject AccountSites accountSites;

  private Set<String> sites;

  public String username() {
    Principal caller = security.getCallerPrincipal();
    return caller == null ? null : caller.getName();
  }

  public boolean is(Role role) {
    return security.isCallerInRole(role.name());
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
