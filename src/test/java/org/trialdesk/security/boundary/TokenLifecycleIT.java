package org.trialdesk.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trialdesk.platform.security.Role;
import org.trialdesk.security.entity.Account;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Deployments;
import org.trialdesk.testsupport.TestCaller;

/**
 * What happens to a token and a password over time, in the server with an account of its own: an
 * expired token and a disabled account's token are refused, and a correct password takes no lock on
 * the account's row, so one user's requests never queue behind each other.
 */
@ExtendWith(ArquillianExtension.class)
class TokenLifecycleIT {

  private static final String PASSWORD = "correct-horse-1";

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Resource(lookup = "java:jboss/datasources/TrialDeskDS")
  DataSource database;

  @Inject AccountService accounts;
  @Inject ApiTokens tokens;

  private String username;

  @BeforeEach
  void freshAccount() {
    TestCaller.actAs(Role.ADMINISTRATOR);
    username = Deployments.uniqueCode("tok-").toLowerCase();
    Account account = new Account(username, "Token Tester");
    account.getRoles().add(Role.COORDINATOR);
    account.getSiteCodes().add("OSK");
    accounts.create(account, PASSWORD);
  }

  @AfterEach
  void reset() {
    TestCaller.reset();
  }

  private ApiTokens.Issued issue() {
    TestCaller.actAs(username, Role.COORDINATOR);
    return tokens.issue("lifecycle", LocalDate.now(ZoneOffset.UTC).plusDays(7));
  }

  @Test
  void anExpiredTokenGets401() throws Exception {
    ApiTokens.Issued issued = issue();
    Api client = new Api(base).bearer(issued.secret());
    assertEquals(200, client.get("trials").status());
    try (Connection connection = database.getConnection();
        PreparedStatement expire =
            connection.prepareStatement(
                "update api_token set expires_at = current_timestamp - interval '1' minute"
                    + " where id = ?")) {
      expire.setLong(1, issued.token().getId());
      assertEquals(1, expire.executeUpdate());
    }
    Api.Reply refused = client.get("trials");
    assertEquals(401, refused.status());
    assertEquals("application/problem+json", refused.contentType().split(";")[0]);
  }

  @Test
  void aDisabledAccountsTokenGets401AndWorksAgainOnceEnabled() {
    Api client = new Api(base).bearer(issue().secret());
    assertEquals(200, client.get("trials").status());
    TestCaller.actAs(Role.ADMINISTRATOR);
    Set<Role> roles = EnumSet.of(Role.COORDINATOR);
    accounts.update(username, "Token Tester", false, roles, Set.of("OSK"), "Left the site");
    assertEquals(401, client.get("trials").status());
    accounts.update(username, "Token Tester", true, roles, Set.of("OSK"), "Back at the site");
    assertEquals(200, client.get("trials").status());
  }

  @Test
  void aCorrectPasswordTakesNoLockOnTheAccountRow() throws Exception {
    ExecutorService client = Executors.newSingleThreadExecutor();
    try (Connection lock = database.getConnection()) {
      lock.setAutoCommit(false);
      try (PreparedStatement forUpdate =
          lock.prepareStatement("select id from account where username = ? for update")) {
        forUpdate.setString(1, username);
        try (ResultSet row = forUpdate.executeQuery()) {
          assertEquals(true, row.next());
        }
        // While this transaction holds the row, a check that locked or wrote it would wait.
        CompletableFuture<Integer> basic =
            CompletableFuture.supplyAsync(
                () -> new Api(base).as(username, PASSWORD).get("trials").status(), client);
        assertEquals(200, basic.get(20, TimeUnit.SECONDS));
      } finally {
        lock.rollback();
      }
    } finally {
      client.shutdownNow();
    }
  }
}
