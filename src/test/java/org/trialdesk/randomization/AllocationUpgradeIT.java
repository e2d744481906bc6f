package org.trialdesk.randomization;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.H2Script;
import org.trialdesk.testsupport.RandomizedTrial;
import org.trialdesk.testsupport.ServerProcess;

/**
 * This version on a database an earlier version wrote ({@link UpgradeFixture}): the migrations run,
 * every trial's allocation log reads back exactly as the earlier server answered it, every chain
 * verifies, every assignment re-derives from what was stored, and new randomizations continue the
 * chains. How allocations are stored may change in form, never in the bytes the chain hashes.
 */
// The log is read back as the earlier version left it before new randomizations add to it.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AllocationUpgradeIT {

  private static ServerProcess server;

  @BeforeAll
  static void startOnTheEarlierDatabase() throws Exception {
    server = ServerProcess.prepare(Path.of("target", "upgrade"), 300);
    H2Script.restore(UpgradeFixture.SCRIPT, server.dataDir());
    Files.copy(UpgradeFixture.KEYS, server.dataDir().resolve("receipt-keys"));
    server.start();
    server.awaitReady(Duration.ofMinutes(3));
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void theEarlierLogReadsBackUnchangedVerifiesAndReDerives() throws Exception {
    URL url = server.url();
    JsonObject expected =
        Json.createReader(new StringReader(Files.readString(UpgradeFixture.LOGS))).readObject();
    JsonObject now = UpgradeFixture.logs(url);
    Api monitor = new Api(url).as("monitor");
    for (String trial : UpgradeFixture.TRIALS) {
      JsonArray log = expected.getJsonArray(trial);
      assertThat(log).as(trial).isNotEmpty();
      assertThat(now.getJsonArray(trial)).as(trial).isEqualTo(log);
      assertValid(monitor, trial, log.size());
      for (JsonObject allocation : log.getValuesAs(JsonObject.class)) {
        long sequence = allocation.getJsonNumber("sequence").longValue();
        JsonObject derivation =
            monitor.get("trials/" + trial + "/allocations/" + sequence + "/derivation").object();
        assertThat(derivation.getBoolean("matches")).as(trial + " #" + sequence).isTrue();
      }
    }
  }

  @Test
  @Order(2)
  void newRandomizationsContinueTheEarlierChainsAndStrata() {
    URL url = server.url();
    Api monitor = new Api(url).as("monitor");
    Api osk = new Api(url).as("coordinator-osk");
    for (String code : new String[] {"UPG-BLOCKS", "UPG-MIN"}) {
      RandomizedTrial trial = RandomizedTrial.existing(new Api(url), code);
      JsonArray before = monitor.get("trials/" + code + "/allocations?max=1000").array();
      // The minimization trial is blinded: the site is answered with a treatment code, no arm.
      String subject =
          trial
              .enroll(osk, RandomizedTrial.eligible("OSK", "AFTER-UPGRADE", "U"))
              .getString("subjectId");
      Api.Reply randomized = trial.randomize(osk, subject);
      assertThat(randomized.status()).as(randomized.toString()).isEqualTo(201);
      assertValid(monitor, code, before.size() + 1);
      JsonArray after = monitor.get("trials/" + code + "/allocations?max=1000").array();
      JsonObject added = after.getJsonObject(after.size() - 1);
      assertThat(added.getString("factors")).isEqualTo("resectability=U;site=OSK");
      // The new subject joins the stratum the earlier version named the same way, after its last.
      String stratum = added.getString("stratum");
      int last =
          before.getValuesAs(JsonObject.class).stream()
              .filter(a -> a.getString("stratum").equals(stratum))
              .mapToInt(a -> a.getInt("stratumSequence"))
              .max()
              .orElseThrow(() -> new AssertionError(code + ": no earlier stratum " + stratum));
      assertThat(added.getInt("stratumSequence")).as(code).isEqualTo(last + 1);
    }
  }

  private static void assertValid(Api monitor, String trial, long records) {
    JsonObject verdict = monitor.get("trials/" + trial + "/allocations/verification").object();
    assertThat(verdict.getBoolean("valid")).as(trial + ": " + verdict).isTrue();
    assertThat(verdict.getJsonNumber("records").longValue()).as(trial).isEqualTo(records);
  }
}
