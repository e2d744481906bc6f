package org.trialdesk.platform.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.trialdesk.testsupport.ServerProcess;

/**
 * The documented command pair, as an operator runs it: {@code scripts/backup.sh} while the server
 * works, {@code scripts/restore.sh} into a new, empty database, a second server started on the
 * restored database, and {@code scripts/restore-check.sh} against it: every trial's chain verifies
 * and every receipt the sites were given still checks; an altered receipt makes the check fail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackupRestoreIT {

  private static final String RESTORED = "trialdesk_restored";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL url;

  @Test
  void aRestoredBackupKeepsTheChainAndEveryReceipt() throws Exception {
    Api api = new Api(url);
    RandomizedTrial trial = RandomizedTrial.recruiting(api, Deployments.uniqueCode("BAK"));
    List<String> receipts = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String site = i % 2 == 0 ? "OSK" : "KOB";
      Api coordinator = api.as("coordinator-" + site.toLowerCase());
      String subject =
          trial
              .enroll(coordinator, RandomizedTrial.eligible(site, "2026-11-0" + (1 + i % 9), "R"))
              .getString("subjectId");
      Api.Reply randomized = trial.randomize(coordinator, subject);
      assertThat(randomized.status()).as(randomized.toString()).isEqualTo(201);
      receipts.add(trial.code + " " + randomized.object().getString("receipt"));
    }
    long records = api.as("monitor").get(verification(trial)).object().getInt("records");

    Path work = Path.of("target", "backup-restore").toAbsolutePath();
    Path backup = work.resolve("backup");
    run(Map.of(), "scripts/backup.sh", backup.toString());
    assertThat(backup.resolve("trialdesk.dump")).isNotEmptyFile();
    assertThat(backup.resolve("receipt-keys")).isNotEmptyFile();

    ServerProcess restored = ServerProcess.prepare(work.resolve("server"), 300);
    Map<String, String> restoredDatabase = restoredDatabase(restored.dataDir());
    createEmptyDatabase();
    run(restoredDatabase, "scripts/restore.sh", backup.toString());
    assertThat(
            run(
                Map.of(),
                Psql.command(
                    RESTORED,
                    "-tAc",
                    "select has_table_privilege('trialdesk_app', 'allocation', 'INSERT'),"
                        + " has_table_privilege('trialdesk_app', 'allocation', 'UPDATE')")))
        .as("the application's role may append to the restored log, not change it")
        .isEqualTo("t|f\n");
    try (restored) {
      restored.start(restoredDatabase);
      restored.awaitReady(Duration.ofMinutes(3));
      assertThat(
              new Api(restored.url())
                  .as("monitor")
                  .get(verification(trial))
                  .object()
                  .getInt("records"))
          .isEqualTo(records);

      Path kept = work.resolve("receipts.txt");
      Files.write(kept, receipts);
      String login = "monitor:" + Api.DEMO_PASSWORD;
      Result report =
          exec(
              Map.of(),
              "scripts/restore-check.sh",
              restored.url().toString(),
              login,
              kept.toString());
      assertThat(report.output())
          .contains(trial.code + ": chain valid, " + records + " records")
          .contains(trial.code + ": 12 receipts checked, 0 not present");
      // Other tests tamper with their trials' logs on purpose: the restore must keep those verdicts
      // too, so every chain the check calls invalid must have been invalid before the backup.
      List<String> invalid =
          report.output().lines().filter(l -> l.contains(": CHAIN INVALID")).toList();
      for (String line : invalid) {
        String code = line.substring(0, line.indexOf(':'));
        assertThat(api.as("monitor").get(verification(code)).object().getBoolean("valid"))
            .as("%s was valid before the backup", code)
            .isFalse();
      }
      assertThat(report.exit()).as(report.output()).isEqualTo(invalid.isEmpty() ? 0 : 1);

      List<String> altered = new ArrayList<>(receipts);
      String first = altered.get(0);
      char last = first.charAt(first.length() - 1);
      altered.set(0, first.substring(0, first.length() - 1) + (last == 'A' ? 'B' : 'A'));
      Files.write(kept, altered);
      Result refused =
          exec(
              Map.of(),
              "scripts/restore-check.sh",
              restored.url().toString(),
              login,
              kept.toString());
      assertThat(refused.exit()).as(refused.output()).isNotZero();
      assertThat(refused.output()).contains("1 not present");
    }
  }

  private static String verification(RandomizedTrial trial) {
    return verification(trial.code);
  }

  private static String verification(String trial) {
    return "trials/" + trial + "/allocations/verification";
  }

  /** The settings of the database the tests run on, pointed at the restored one. */
  private static Map<String, String> restoredDatabase(Path dataDir) {
    Map<String, String> env = new HashMap<>();
    env.put("TRIALDESK_DB_DRIVER", "postgresql");
    env.put("TRIALDESK_DB_URL", pgUrl().replaceFirst("/[^/]+$", "/" + RESTORED));
    for (String name :
        List.of(
            "TRIALDESK_DB_USER",
            "TRIALDESK_DB_PASSWORD",
            "TRIALDESK_DB_OWNER_USER",
            "TRIALDESK_DB_OWNER_PASSWORD")) {
      env.put(name, System.getenv(name));
    }
    env.put("TRIALDESK_DATA_DIR", dataDir.toString());
    return env;
  }

  /** An empty database with the roles' rights, as scripts/postgres-database.sql makes it. */
  private static void createEmptyDatabase() throws Exception {
    run(
        Map.of(),
        Psql.command("postgres", "-c", "drop database if exists " + RESTORED + " with (force)"));
    run(
        Map.of(),
        Psql.command(
            "postgres", "-v", "database=" + RESTORED, "-f", "scripts/postgres-database.sql"));
  }

  private static String pgUrl() {
    return System.getProperty("trialdesk.it.pg.url");
  }

  private record Result(int exit, String output) {}

  private static String run(Map<String, String> env, String... command) throws Exception {
    Result result = exec(env, command);
    assertThat(result.exit()).as(String.join(" ", command) + "\n" + result.output()).isZero();
    return result.output();
  }

  private static Result exec(Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Result(process.exitValue(), output);
  }
}
