package org.trialdesk.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.EnumSet;
import java.util.Set;
import org.trialdesk.platform.security.Role;
import org.trialdesk.security.boundary.CurrentUser;

/**
 * Lets an in-container test call the boundaries in a role, as a logged-in user would. Outside such
 * a test (API and browser tests, which really log in) it is the real {@link CurrentUser}.
 */
@Alternative
@Priority(1000)
@RequestScoped
public class TestCaller extends CurrentUser {

  private static final ThreadLocal<Set<Role>> ROLES = new ThreadLocal<>();
  private static final ThreadLocal<String> USERNAME = new ThreadLocal<>();

  /** The roles of this thread's calls until {@link #reset()}. */
  public static void actAs(Role... roles) {
    actAs("in-container-test", roles);
  }

  /** This thread's calls come from {@code username} (a demo account, for signatures). */
  public static void actAs(String username, Role... roles) {
    Set<Role> set = EnumSet.noneOf(Role.class);
    set.addAll(Set.of(roles));
    ROLES.set(set);
    USERNAME.set(username);
  }

  public static void reset() {
    ROLES.remove();
    USERNAME.remove();
  }

  @Override
  public String username() {
    return ROLES.get() == null ? super.username() : USERNAME.get();
  }

  @Override
  public boolean is(Role role) {
    return ROLES.get() == null ? super.is(role) : ROLES.get().contains(role);
  }
}
