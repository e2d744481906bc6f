package org.trialdesk.platform.security;

import java.util.EnumSet;
import java.util.Set;
import org.trialdesk.platform.error.ForbiddenException;

/**
 * Who is calling: name, roles and sites, and the checks every boundary makes with them. The
 * security capability implements it from the logged-in account; the capabilities below security
 * (the audit trail) and beside it ask this, so that none of them depends on how callers log in.
 */
public interface Caller {

  /** The name the caller logged in with, or {@code null} when nobody is. */
  String username();

  /**
   * The account calling (or acted for), or {@code null} for the server itself: at start-up the
   * container's own identity has a name, but it is nobody's account.
   */
  String accountName();

  boolean is(Role role);

  /** The codes of the sites the caller's account belongs to. */
  Set<String> sites();

  default Set<Role> roles() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (is(role)) {
        roles.add(role);
      }
    }
    return roles;
  }

  /** Refuses the call unless the caller holds one of {@code allowed}. */
  default void requireAny(Role... allowed) {
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
  default boolean may(Capability capability) {
    return capability.heldBy(roles());
  }

  /** Refuses the call unless the caller's roles give {@code capability}. */
  default void require(Capability capability) {
    if (!may(capability)) {
      throw new ForbiddenException();
    }
  }

  /**
   * Whether the caller sees only their own sites (coordinators and investigators without a wider
   * role).
   */
  default boolean siteScoped() {
    return !is(Role.ADMINISTRATOR) && !is(Role.MONITOR) && !is(Role.STATISTICIAN);
  }

  /** Whether the caller may see records of site {@code siteCode}. */
  default boolean maySee(String siteCode) {
    return !siteScoped() || sites().contains(siteCode);
  }
}
