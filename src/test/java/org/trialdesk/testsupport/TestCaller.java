package org.trialdesk.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.EnumSet;
import java.util.Set;
import org.trialdesk.security.boundary.CurrentUser;
import org.trialdesk.security.entity.Role;

/**
 * Lets an in-container test call the boundaries in a role, as a logged-in user would. Outside such
 * a test (API and browser tests, which really log in) it is the real {@link CurrentUser}.
 */
@Alternative
@Priority(1000)
@RequestScoped
public class TestCaller extends CurrentUser {

  private static final ThreadLocal<Set<Role>> ROLES = new ThreadLocal<>();

  /** The roles of this thread's calls until {@link #reset()}. */
  public static void actAs(Role... roles) {
    Set<Role> set = EnumSet.noneOf(Role.class);
    set.addAll(Set.of(roles));
    ROLES.set(set);
  }

  public static void reset() {
    ROLES.remove();
  }

  @Override
  public String username() {
    return ROLES.get() == null ? super.username() : "in-container-test";
  }

  @Override
  public boolean is(Role role) {
    return ROLES.get() == null ? super.is(role) : ROLES.get().contains(role);
  }
}
