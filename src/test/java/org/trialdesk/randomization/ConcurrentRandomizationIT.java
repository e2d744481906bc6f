package org.trialdesk.randomization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Deployments;
import org.trialdesk.testsupport.RandomizedTrial;
import org.trialdesk.testsupport.Tampering;

/**
 * Many clients at once, over real HTTP, against the real database; then the log altered behind the
 * product's back with plain JDBC. Runs inside the server so it can reach the datasource.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentRandomizationIT {

  private static final String ONE_STRATUM =
      """
      {"method": "PERMUTED_BLOCK", "blockSizes": [2, 4, 6], "stratifyBy": ["site"]}
      """;

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private <T> List<T> inParallel(int threads, List<Callable<T>> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<T> results = new ArrayList<>();
      for (Future<T> future : pool.invokeAll(work)) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void thirtyTwoThreadsRandomizeTwoHundredSubjectsOfOneStratum() throws Exception {
    String code = Deployments.uniqueCode("CON");
    RandomizedTrial trial =
        RandomizedTrial.create(new Api(base), code, ONE_STRATUM, null, 500, false).open();
    List<Callable<String>> enrollments =
        IntStream.range(0, 200)
            .<Callable<String>>mapToObj(
                i ->
                    () ->
                        trial
                            .enroll(
                                new Api(base).as("coordinator-osk"),
                                RandomizedTrial.eligible("OSK", "C-" + i, i % 2 == 0 ? "R" : "U"))
                            .getString("subjectId"))
            .toList();
    List<String> subjects = inParallel(8, enrollments);
    List<String> expectedIds =
        IntStream.rangeClosed(1, 200).mapToObj(i -> "OSK-%03d".formatted(i)).toList();
    assertEquals(expectedIds, subjects.stream().sorted().toList(), "gap-free subject IDs");

    List<Callable<Integer>> randomizations =
        subjects.stream()
            .<Callable<Integer>>map(
                id -> () -> trial.randomize(new Api(base).as("coordinator-osk"), id).status())
            .toList();
    List<Integer> statuses = inParallel(32, randomizations);
    assertEquals(Collections.nCopies(200, 201), statuses);

    JsonArray log =
        new Api(base).as("monitor").get("trials/" + code + "/allocations?max=500").array();
    assertEquals(200, log.size());
    Map<Integer, List<String>> blocks = new HashMap<>();
    Map<Integer, Integer> sizes = new HashMap<>();
    for (int i = 0; i < 200; i++) {
      JsonObject record = log.getJsonObject(i);
      assertEquals(i + 1, record.getInt("sequence"), "consecutive overall positions");
      assertEquals(i + 1, record.getInt("stratumSequence"), "consecutive stratum positions");
      int block = record.getInt("blockNumber");
      blocks.computeIfAbsent(block, b -> new ArrayList<>()).add(record.getString("arm"));
      sizes.put(block, record.getInt("blockSize"));
    }
    assertEquals(
        200,
        log.getValuesAs(JsonObject.class).stream()
            .map(r -> r.getString("subjectId"))
            .distinct()
            .count());
    blocks.forEach(
        (block, arms) -> {
          if (arms.size() == sizes.get(block)) {
            long il2 = arms.stream().filter("IL2"::equals).count();
            assertEquals(arms.size() / 2, il2, "block " + block + " balanced 1:1: " + arms);
          }
        });
    JsonObject verdict =
        new Api(base).as("monitor").get("trials/" + code + "/allocations/verification").object();
    assertTrue(verdict.getBoolean("valid"), verdict.toString());
    assertEquals(200, verdict.getInt("records"));
  }

  @Test
  void capsHoldUnderConcurrency() throws Exception {
    String code = Deployments.uniqueCode("CAP");
    RandomizedTrial trial =
        RandomizedTrial.create(new Api(base), code, ONE_STRATUM, 10, 500, false).open();
    List<String> subjects = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      subjects.add(
          trial
              .enroll(
                  new Api(base).as("coordinator-osk"),
                  RandomizedTrial.eligible("OSK", "P-" + i, "R"))
              .getString("subjectId"));
    }
    List<Integer> statuses =
        inParallel(
            16,
            subjects.stream()
                .<Callable<Integer>>map(
                    id -> () -> trial.randomize(new Api(base).as("coordinator-osk"), id).status())
                .toList());
    assertEquals(10, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
    assertEquals(14, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    assertEquals(
        10, new Api(base).as("monitor").get("trials/" + code + "/allocations").array().size());
  }

  @Test
  void aRecordAlteredInTheDatabaseFailsVerificationAtThatRecord() throws Exception {
    String code = Deployments.uniqueCode("TAM");
    RandomizedTrial trial =
        RandomizedTrial.create(new Api(base), code, ONE_STRATUM, null, 500, false).open();
    Api osk = new Api(base).as("coordinator-osk");
    for (int i = 0; i < 6; i++) {
      String id =
          trial.enroll(osk, RandomizedTrial.eligible("OSK", "T-" + i, "R")).getString("subjectId");
      assertEquals(201, trial.randomize(osk, id).status());
    }
    Api monitor = new Api(base).as("monitor");
    String verification = "trials/" + code + "/allocations/verification";
    assertTrue(monitor.get(verification).object().getBoolean("valid"));
    JsonObject fourth = monitor.get("trials/" + code + "/allocations").array().getJsonObject(3);
    String otherArm = fourth.getString("arm").equals("IL2") ? "CHEMO" : "IL2";

    Tampering.oneRow(
        "update allocation set arm_code = ? where sequence_number = 4 and trial_id ="
            + " (select id from trial where code = ?)",
        otherArm,
        code);
    JsonObject altered = monitor.get(verification).object();
    assertFalse(altered.getBoolean("valid"));
    assertEquals(4, altered.getInt("firstInvalidSequence"));
    assertTrue(altered.getString("reason").contains("content"), altered.toString());
    JsonObject rederived = monitor.get("trials/" + code + "/allocations/4/derivation").object();
    assertFalse(rederived.getBoolean("matches"), rederived.toString());

    Tampering.oneRow(
        "update allocation set arm_code = ? where sequence_number = 4 and trial_id ="
            + " (select id from trial where code = ?)",
        fourth.getString("arm"),
        code);
    assertTrue(monitor.get(verification).object().getBoolean("valid"));
    Tampering.oneRow(
        "delete from allocation where sequence_number = 6 and trial_id ="
            + " (select id from trial where code = ?)",
        code);
    JsonObject truncated = monitor.get(verification).object();
    assertFalse(truncated.getBoolean("valid"));
    assertEquals(6, truncated.getInt("firstInvalidSequence"));
  }
}
