package org.trialdesk.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Deployments;

/**
 * One request's transaction aborted while its thread is busy inside the embedded database must not
 * take the database away from everyone else: the transaction reaper rolls it back from a thread of
 * its own and interrupts that thread when the rollback waits, and a request thread may be
 * interrupted too. Other users' requests, during and right after, all succeed. Runs inside the
 * server to reach its transaction manager and datasource.
 */
@ExtendWith(ArquillianExtension.class)
class AbortedTransactionIT {

  /** Rows scanned by the slow statement: enough for seconds of work inside H2, sized at runtime. */
  private static long slowRows;

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Resource(lookup = "java:jboss/datasources/TrialDeskDS")
  DataSource database;

  @Resource(lookup = "java:jboss/TransactionManager")
  TransactionManager transactions;

  @AfterEach
  void noTimeoutLeftBehind() throws Exception {
    transactions.setTransactionTimeout(0);
  }

  @Test
  void aTransactionPastItsTimeoutInsideTheDatabaseFailsAloneAndTheDatabaseStaysOpen()
      throws Exception {
    List<String> failures = whileOthersWork(this::slowTransactionPastATwoSecondTimeout);
    assertEquals(List.of(), failures, "other requests during and after the aborted one");
    assertTrue(databaseOpen(), "database open");
  }

  @Test
  void aThreadInterruptedInsideTheDatabaseFailsAloneAndTheDatabaseStaysOpen() throws Exception {
    List<String> failures =
        whileOthersWork(
            () -> {
              ExecutorService worker = Executors.newSingleThreadExecutor();
              try {
                Future<?> slow = worker.submit(this::slowTransactionWithoutTimeout);
                TimeUnit.MILLISECONDS.sleep(1500);
                slow.cancel(true); // Thread.interrupt() while the statement runs
                worker.shutdown();
                assertTrue(worker.awaitTermination(2, TimeUnit.MINUTES));
              } finally {
                worker.shutdownNow();
              }
              return null;
            });
    assertEquals(List.of(), failures, "other requests during and after the interrupted one");
    assertTrue(databaseOpen(), "database open");
  }

  private Void slowTransactionPastATwoSecondTimeout() throws Exception {
    transactions.setTransactionTimeout(2);
    try {
      slowTransactionWithoutTimeout();
    } finally {
      transactions.setTransactionTimeout(0);
    }
    return null;
  }

  /**
   * Writes while scanning for several seconds in one statement, as a long import does; whatever
   * happens to it, nothing of it may stay.
   */
  private Void slowTransactionWithoutTimeout() throws Exception {
    long rows = slowRows();
    transactions.begin();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "insert into audit_record (at, username, action, entity_type, new_value)"
              + " select current_timestamp, 'aborted-probe', 'PROBE', 'Probe', repeat('x', 1000)"
              + " from "
              + series(connection, rows)
              + " where mod(x, 5000) = 0");
    } catch (SQLException abortedAsExpected) {
      // the reaper or the interrupt ended it; the transaction is rolled back below
    } finally {
      try {
        transactions.rollback();
      } catch (IllegalStateException | SystemException alreadyEnded) {
        transactions.suspend();
      }
    }
    return null;
  }

  /**
   * Sized on this machine: about ten seconds of scanning, well past the timeout and the half second
   * the reaper waits before it interrupts its own thread stuck in the rollback.
   */
  private long slowRows() throws SQLException {
    if (slowRows == 0) {
      long probe = 5_000_000;
      long started = System.nanoTime();
      try (Connection connection = database.getConnection();
          Statement statement = connection.createStatement();
          ResultSet sum =
              statement.executeQuery(
                  "select count(*) from "
                      + series(connection, probe)
                      + " where mod(x, 5000) = 0")) {
        sum.next();
      }
      long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
      slowRows = Math.max(probe, probe * 10_000 / millis);
    }
    return slowRows;
  }

  /** The numbers 1 to {@code n} as rows of a column x, in the database's own words. */
  private static String series(Connection connection, long n) throws SQLException {
    return connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL")
        ? "generate_series(1, " + n + ") as numbers(x)"
        : "system_range(1, " + n + ")";
  }

  /**
   * Runs {@code disturbance} while another thread keeps making requests over HTTP and queries over
   * the pool, and for five seconds after; returns every request that failed.
   */
  private List<String> whileOthersWork(java.util.concurrent.Callable<Void> disturbance)
      throws Exception {
    List<String> failures = new CopyOnWriteArrayList<>();
    AtomicBoolean done = new AtomicBoolean();
    ExecutorService others = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> requests =
          others.submit(
              () -> {
                int made = 0;
                Api api = new Api(base).as("monitor");
                while (!done.get()) {
                  Api.Reply reply = api.get("trials?max=5");
                  if (reply.status() != 200) {
                    failures.add("GET trials: " + reply);
                  }
                  if (!databaseOpen()) {
                    failures.add("query over the pool failed");
                  }
                  made++;
                  TimeUnit.MILLISECONDS.sleep(100);
                }
                return made;
              });
      disturbance.call();
      TimeUnit.SECONDS.sleep(5);
      done.set(true);
      assertTrue(requests.get(1, TimeUnit.MINUTES) > 0);
    } finally {
      done.set(true);
      others.shutdownNow();
    }
    return failures;
  }

  private boolean databaseOpen() {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery("select count(*) from trial")) {
      return count.next();
    } catch (SQLException e) {
      return false;
    }
  }
}
