package org.trialdesk.randomization;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.RandomizedTrial;

/**
 * The database {@link AllocationUpgradeIT} upgrades: written by an earlier TrialDesk, kept in
 * {@code src/test/resources/upgrade} as a gzipped H2 script, with that server's receipt keys and
 * the allocation log it answered. {@code MakeUpgradeFixtureIT} makes it again.
 */
final class UpgradeFixture {

  static final Path FOLDER = Path.of("src", "test", "resources", "upgrade");
  static final Path SCRIPT = FOLDER.resolve("trialdesk.sql.gz");
  static final Path KEYS = FOLDER.resolve("receipt-keys");
  static final Path LOGS = FOLDER.resolve("allocations.json");

  /** The trials of the fixture: the demo trial, stratified blocks and minimization. */
  static final List<String> TRIALS = List.of("IL2-HAI", "UPG-BLOCKS", "UPG-MIN");

  static final String MINIMIZATION =
      """
      {"method": "MINIMIZATION", "minimizationFactors": [{"factor": "site", "weight": 1},
       {"factor": "resectability", "weight": 2}], "imbalance": "RANGE",
       "preferredArmProbability": 0.8}
      """;

  private UpgradeFixture() {}

  /** Randomizes subjects of both resectabilities at two sites in the fixture's trials. */
  static void fill(URL url) {
    Api api = new Api(url);
    fill(
        RandomizedTrial.create(
                api,
                "UPG-BLOCKS",
                RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY,
                null,
                50,
                false)
            .open(),
        url);
    fill(RandomizedTrial.create(api, "UPG-MIN", MINIMIZATION, null, 50, true).open(), url);
  }

  private static void fill(RandomizedTrial trial, URL url) {
    Api osk = new Api(url).as("coordinator-osk");
    Api kob = new Api(url).as("coordinator-kob");
    for (int i = 0; i < 12; i++) {
      Api caller = i % 3 == 0 ? kob : osk;
      String site = i % 3 == 0 ? "KOB" : "OSK";
      String subject =
          trial
              .enroll(caller, RandomizedTrial.eligible(site, "UP-" + i, i % 2 == 0 ? "R" : "U"))
              .getString("subjectId");
      Api.Reply randomized = trial.randomize(caller, subject);
      if (randomized.status() != 201) {
        throw new IllegalStateException("Not randomized: " + randomized);
      }
    }
  }

  /** Every fixture trial's allocation log, as the monitor reads it. */
  static JsonObject logs(URL url) {
    Api monitor = new Api(url).as("monitor");
    JsonObjectBuilder logs = Json.createObjectBuilder();
    for (String trial : TRIALS) {
      JsonArray log = monitor.get("trials/" + trial + "/allocations?max=1000").array();
      logs.add(trial, log);
    }
    return logs.build();
  }
}
