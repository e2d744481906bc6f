package org.trialdesk.randomization;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Deployments;
import org.trialdesk.testsupport.RandomizedTrial;
import org.trialdesk.testsupport.ServerProcess;

/**
 * A crash in the middle of a randomization storm: the server, a process of its own on the default
 * (embedded H2) database settings, is killed with SIGKILL while 16 clients randomize one stratum,
 * started again on the same files, and the clients retry what failed. Every answer a client
 * received as "randomized" must then be in the allocation log, unchanged, in a dense, valid chain.
 */
class CrashRecoveryIT {

  private static final int SUBJECTS = 200;
  private static final int CLIENTS = 16;
  private static final int KILL_AFTER_ACKNOWLEDGED = 60;
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  private static final String ONE_STRATUM =
      """
      {"method": "PERMUTED_BLOCK", "blockSizes": [2, 4, 6], "stratifyBy": ["site"]}
      """;

  private static ServerProcess server;

  /** While the server is down or starting, any answer is retried; afterwards only 5xx. */
  private static final AtomicBoolean restarting = new AtomicBoolean();

  @BeforeAll
  static void startServer() throws Exception {
    server = ServerProcess.prepare(Path.of("target", "crash-recovery"), 300);
    server.start();
    server.awaitReady(START_TIMEOUT);
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void everyAcknowledgedRandomizationSurvivesAKillDashNine() throws Exception {
    URL url = server.url();
    String code = Deployments.uniqueCode("CRA");
    RandomizedTrial trial =
        RandomizedTrial.create(new Api(url), code, ONE_STRATUM, null, 1000, false).open();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<String> subjects = enroll(pool, url, trial);
      ConcurrentLinkedQueue<String> pending = new ConcurrentLinkedQueue<>(subjects);
      Map<String, JsonObject> acknowledged = new ConcurrentHashMap<>();
      CountDownLatch killPoint = new CountDownLatch(KILL_AFTER_ACKNOWLEDGED);
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
      List<Future<List<String>>> clients = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        clients.add(
            pool.submit(
                () -> randomizeAll(url, trial, pending, acknowledged, killPoint, deadline)));
      }

      assertThat(killPoint.await(2, TimeUnit.MINUTES)).as("storm under way").isTrue();
      restarting.set(true);
      server.kill();
      int beforeKill = acknowledged.size();
      server.start();
      server.awaitReady(START_TIMEOUT);
      restarting.set(false);

      List<String> unexpected = new ArrayList<>();
      for (Future<List<String>> client : clients) {
        unexpected.addAll(client.get(6, TimeUnit.MINUTES));
      }
      assertThat(unexpected).as("answers other than 2xx or a crash").isEmpty();
      assertThat(beforeKill).as("killed mid-storm, not after it").isLessThan(SUBJECTS);
      assertThat(acknowledged).hasSize(SUBJECTS);
      assertLogHolds(url, code, acknowledged, beforeKill);
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> enroll(ExecutorService pool, URL url, RandomizedTrial trial)
      throws Exception {
    List<Future<String>> enrolled = new ArrayList<>();
    for (int i = 0; i < SUBJECTS; i++) {
      String screening = "K-" + i;
      enrolled.add(
          pool.submit(
              () ->
                  trial
                      .enroll(
                          new Api(url).as("coordinator-osk"),
                          RandomizedTrial.eligible("OSK", screening, "R"))
                      .getString("subjectId")));
    }
    List<String> subjects = new ArrayList<>();
    for (Future<String> subject : enrolled) {
      subjects.add(subject.get(2, TimeUnit.MINUTES));
    }
    return subjects;
  }

  /**
   * One client: randomizes subjects from the shared queue, retrying a subject while the server is
   * down or starting (no connection, any answer before it is ready) and on 5xx. A 2xx answer is
   * kept as acknowledged; a retry of a request whose answer was lost in the crash gets 200 and the
   * stored assignment, which counts the same. Returns the answers that fit none of this.
   */
  private static List<String> randomizeAll(
      URL url,
      RandomizedTrial trial,
      ConcurrentLinkedQueue<String> pending,
      Map<String, JsonObject> acknowledged,
      CountDownLatch killPoint,
      long deadline)
      throws InterruptedException {
    List<String> unexpected = new ArrayList<>();
    Api api = new Api(url).as("coordinator-osk");
    for (String subject = pending.poll(); subject != null; subject = pending.poll()) {
      while (true) {
        if (System.nanoTime() > deadline) {
          unexpected.add(subject + ": still not randomized at the deadline");
          return unexpected;
        }
        Api.Reply reply;
        try {
          reply = trial.randomize(api, subject);
        } catch (UncheckedIOException serverDown) {
          TimeUnit.MILLISECONDS.sleep(200);
          api = new Api(url).as("coordinator-osk");
          continue;
        }
        if (reply.status() == 200 || reply.status() == 201) {
          acknowledged.put(subject, reply.object());
          killPoint.countDown();
          break;
        }
        if (!restarting.get() && reply.status() < 500) {
          unexpected.add(subject + ": " + reply);
          break;
        }
        TimeUnit.MILLISECONDS.sleep(200);
      }
    }
    return unexpected;
  }

  private static void assertLogHolds(
      URL url, String code, Map<String, JsonObject> acknowledged, int beforeKill) {
    Api monitor = new Api(url).as("monitor");
    List<JsonObject> log =
        monitor
            .get("trials/" + code + "/allocations?max=500")
            .array()
            .getValuesAs(JsonObject.class);
    assertThat(log.stream().map(r -> r.getInt("sequence")).toList())
        .as("dense, unique sequence numbers")
        .isEqualTo(IntStream.rangeClosed(1, log.size()).boxed().toList());
    Map<String, JsonObject> bySubject =
        log.stream()
            .collect(
                Collectors.toMap(r -> r.getString("subjectId"), Function.identity(), (a, b) -> a));
    assertThat(bySubject).as("no subject randomized twice").hasSize(log.size());

    List<String> lost = new ArrayList<>();
    acknowledged.forEach(
        (subject, answer) -> {
          JsonObject stored = bySubject.get(subject);
          if (stored == null
              || !stored.getString("arm").equals(answer.getString("arm"))
              || !stored.getString("treatmentCode").equals(answer.getString("treatmentCode"))) {
            lost.add(subject + " answered " + answer + ", stored " + stored);
          }
        });
    assertThat(lost)
        .as("acknowledged answers missing or changed (%d acknowledged before the kill)", beforeKill)
        .isEmpty();
    assertThat(log).hasSize(SUBJECTS);

    JsonObject verdict = monitor.get("trials/" + code + "/allocations/verification").object();
    assertThat(verdict.getBoolean("valid")).as(verdict.toString()).isTrue();
    assertThat(verdict.getInt("records")).isEqualTo(SUBJECTS);
  }
}
