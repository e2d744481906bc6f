package org.trialdesk.platform.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Deployments;
import org.trialdesk.testsupport.Psql;
import org.trialdesk.testsupport.RandomizedTrial;

/**
 * The database drops the connection of a request in the middle of a randomization (its session is
 * terminated while it waits for the allocation lock): the client gets a 503 problem it may retry,
 * nothing of the randomization is stored, and the same request then succeeds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseLostIT {

  private static final String WAITING =
      "from pg_stat_activity where usename = 'trialdesk_app' and wait_event_type = 'Lock'";

  private static final String LOCK_HELD =
      "select count(*) from pg_locks l join pg_class c on c.oid = l.relation"
          + " where c.relname = 'allocation_head' and l.mode = 'AccessExclusiveLock' and l.granted";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL url;

  @Test
  void aRandomizationWhoseConnectionDiesAnswers503AndSavesNothing() throws Exception {
    RandomizedTrial trial = RandomizedTrial.recruiting(new Api(url), Deployments.uniqueCode("LOS"));
    Api coordinator = new Api(url).as("coordinator-osk");
    String subject =
        trial
            .enroll(coordinator, RandomizedTrial.eligible("OSK", "L-1", "R"))
            .getString("subjectId");

    Api.Reply cut;
    // Its own thread, ended with the test, rather than the pool every test in this JVM shares.
    ExecutorService client = Executors.newSingleThreadExecutor();
    try (Psql.Session lock = Psql.session()) {
      lock.send("begin; lock table allocation_head in access exclusive mode;");
      // psql runs what it is sent in its own time: start the request only once the lock is held.
      long held = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!"1".equals(Psql.value(LOCK_HELD))) {
        assertThat(System.nanoTime()).as("the table lock is taken").isLessThan(held);
        TimeUnit.MILLISECONDS.sleep(50);
      }
      Future<Api.Reply> randomizing = client.submit(() -> trial.randomize(coordinator, subject));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (Integer.parseInt(Psql.value("select count(*) " + WAITING)) == 0) {
        if (randomizing.isDone()) {
          throw new AssertionError("answered without waiting for the lock: " + randomizing.get());
        }
        if (System.nanoTime() > deadline) {
          throw new AssertionError(
              "the request never waited for the lock; sessions: "
                  + Psql.value(
                      "select string_agg(usename || ' ' || state || ' ' || coalesce(wait_event_type,"
                          + " '-') || ' ' || left(query, 80), ' | ') from pg_stat_activity"));
        }
        TimeUnit.MILLISECONDS.sleep(100);
      }
      Psql.value("select count(pg_terminate_backend(pid)) " + WAITING);
      cut = randomizing.get(2, TimeUnit.MINUTES);
      lock.send("rollback;");
    } finally {
      client.shutdownNow();
    }

    assertThat(cut.status()).as(cut.toString()).isEqualTo(503);
    assertThat(cut.contentType()).startsWith("application/problem+json");
    assertThat(cut.body()).doesNotContain("Exception").doesNotContain("at org.");
    Api monitor = new Api(url).as("monitor");
    assertThat(monitor.get("trials/" + trial.code + "/allocations").array()).isEmpty();

    Api.Reply again = trial.randomize(coordinator, subject);
    assertThat(again.status()).as(again.toString()).isEqualTo(201);
    assertThat(monitor.get("trials/" + trial.code + "/allocations").array()).hasSize(1);
  }
}
