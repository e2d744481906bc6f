package org.trialdesk.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trialdesk.platform.security.Role;
import org.trialdesk.security.entity.Account;
import org.trialdesk.testsupport.Deployments;
import org.trialdesk.testsupport.TestCaller;

/**
 * The password typed again for a signature or an unblinding counts towards the lockout like a
 * login, in the server, with an account of its own (so that the lock hurts no other test).
 */
@ExtendWith(ArquillianExtension.class)
class PasswordCheckIT {

  private static final String PASSWORD = "correct-horse-1";

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject AccountService accounts;
  @Inject PasswordCheck passwords;
  @Inject LoginPolicy policy;

  private String username;

  @BeforeEach
  void freshAccount() {
    TestCaller.actAs(Role.ADMINISTRATOR);
    username = Deployments.uniqueCode("lock-").toLowerCase();
    Account account = new Account(username, "Lock Tester");
    account.getRoles().add(Role.INVESTIGATOR);
    account.getSiteCodes().add("OSK");
    accounts.create(account, PASSWORD);
  }

  @AfterEach
  void reset() {
    TestCaller.reset();
  }

  @Test
  void wrongPasswordsLockAndTheRightOneIsThenRefusedUntilAReset() {
    for (int i = 1; i < policy.attempts(); i++) {
      assertNull(passwords.printedNameIfCorrect(username, "wrong-" + i));
    }
    assertEquals(
        "Lock Tester",
        passwords.printedNameIfCorrect(username, PASSWORD),
        "typed correctly before the limit: the count starts again");

    for (int i = 0; i < policy.attempts(); i++) {
      assertNull(passwords.printedNameIfCorrect(username, "wrong-" + i));
    }
    assertNull(
        passwords.printedNameIfCorrect(username, PASSWORD),
        "locked: even the right password is refused");

    accounts.resetPassword(username, PASSWORD, "Locked out after a lockout test");
    assertEquals("Lock Tester", passwords.printedNameIfCorrect(username, PASSWORD));
  }
}
