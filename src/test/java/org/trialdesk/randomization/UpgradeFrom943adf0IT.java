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
import java.util.List;
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
 * This version on a database written by commit 943adf0, the version whose allocations and schemes
 * were joined strings (src/test/resources/upgrade/943adf0, made by its make-fixture.sh): permuted
 * blocks by site and resectability, minimization with weights, a biased coin without strata, an
 * import followed by blocks, and the demo trial. After Flyway's migrations every chain verifies,
 * every allocation reads back as that server answered it, and new randomizations continue the
 * chains.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpgradeFrom943adf0IT {

  private static final Path FIXTURE = Path.of("src", "test", "resources", "upgrade", "943adf0");
  private static final List<String> CONTINUED = List.of("UPG-BLK", "UPG-MIN", "UPG-BC", "UPG-IMP");

  private static ServerProcess server;

  @BeforeAll
  static void startOnTheDatabaseOf943adf0() throws Exception {
    server = ServerProcess.prepare(Path.of("target", "upgrade-943adf0"), 300);
    H2Script.restore(FIXTURE.resolve("trialdesk.sql.gz"), server.dataDir());
    server.start();
    server.awaitReady(Duration.ofMinutes(3));
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  private static JsonObject logsOf943adf0() throws Exception {
    String json = Files.readString(FIXTURE.resolve("allocations.json"));
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Test
  @Order(1)
  void everyChainVerifiesAndEveryAllocationReadsBackAsItWasAnswered() throws Exception {
    Api monitor = new Api(server.url()).as("monitor");
    JsonObject before = logsOf943adf0();
    assertThat(before.keySet()).containsAll(CONTINUED).contains("IL2-HAI");
    for (String trial : before.keySet()) {
      JsonArray then = before.getJsonArray(trial);
      JsonArray now = monitor.get("trials/" + trial + "/allocations?max=1000").array();
      assertThat(then).as(trial).isNotEmpty();
      assertThat(now).as(trial).hasSameSizeAs(then);
      for (int i = 0; i < then.size(); i++) {
        JsonObject old = then.getJsonObject(i);
        JsonObject read = now.getJsonObject(i);
        // A later version may answer more fields; those 943adf0 answered are answered alike.
        for (String field : old.keySet()) {
          assertThat(read.get(field))
              .as(trial + " #" + (i + 1) + " " + field)
              .isEqualTo(old.get(field));
        }
        if (!old.getBoolean("imported")) {
          long sequence = old.getJsonNumber("sequence").longValue();
          JsonObject derivation =
              monitor.get("trials/" + trial + "/allocations/" + sequence + "/derivation").object();
          assertThat(derivation.getBoolean("matches")).as(trial + " #" + sequence).isTrue();
        }
      }
      assertValid(monitor, trial, then.size());
    }
    assertThat(before.getJsonArray("UPG-IMP").getJsonObject(0).getBoolean("imported")).isTrue();
  }

  @Test
  @Order(2)
  void newRandomizationsContinueTheChains() throws Exception {
    URL url = server.url();
    Api monitor = new Api(url).as("monitor");
    Api osk = new Api(url).as("coordinator-osk");
    JsonObject before = logsOf943adf0();
    for (String code : CONTINUED) {
      RandomizedTrial trial = RandomizedTrial.existing(new Api(url), code);
      String subject =
          trial
              .enroll(osk, RandomizedTrial.eligible("OSK", "AFTER-" + code, "U"))
              .getString("subjectId");
      Api.Reply randomized = trial.randomize(osk, subject);
      assertThat(randomized.status()).as(randomized.toString()).isEqualTo(201);
      assertValid(monitor, code, before.getJsonArray(code).size() + 1);
      JsonArray after = monitor.get("trials/" + code + "/allocations?max=1000").array();
      assertContinuesItsStratum(
          code, before.getJsonArray(code), after.getJsonObject(after.size() - 1));
    }
  }

  /**
   * The new subject joins the stratum 943adf0 named the same way, after its last place: a stratum
   * key written differently today would open a new stratum and restart its blocks.
   */
  @Test
  @Order(3)
  void theStarterDictionaryOfTheOldDatabaseGainsItsJapaneseTexts() throws Exception {
    Api japanese = new Api(server.url()).as("coordinator-osk").inLanguage("ja");
    JsonObject nausea = japanese.get("ctcae/terms/10028813").object();
    assertThat(nausea.getString("term")).isEqualTo("悪心");
    assertThat(nausea.getJsonArray("grades").getString(0)).isEqualTo("食欲は落ちたが、食べ方は変わらない");
  }

  private static void assertContinuesItsStratum(String code, JsonArray then, JsonObject added) {
    assertThat(added.getString("factors")).as(code).isEqualTo("resectability=U;site=OSK");
    String stratum = added.getString("stratum");
    int last =
        then.getValuesAs(JsonObject.class).stream()
            .filter(a -> a.getString("stratum").equals(stratum))
            .mapToInt(a -> a.getInt("stratumSequence"))
            .max()
            .orElseThrow(() -> new AssertionError(code + ": no earlier stratum " + stratum));
    assertThat(added.getInt("stratumSequence")).as(code).isEqualTo(last + 1);
  }

  private static void assertValid(Api monitor, String trial, long records) {
    JsonObject verdict = monitor.get("trials/" + trial + "/allocations/verification").object();
    assertThat(verdict.getBoolean("valid")).as(trial + ": " + verdict).isTrue();
    assertThat(verdict.getJsonNumber("records").longValue()).as(trial).isEqualTo(records);
  }
}
