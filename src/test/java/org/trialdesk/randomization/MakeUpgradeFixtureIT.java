package org.trialdesk.randomization;

import jakarta.json.Json;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.trialdesk.testsupport.H2Script;
import org.trialdesk.testsupport.ServerProcess;

/**
 * Makes the database {@link AllocationUpgradeIT} upgrades, with the server this build provisions;
 * run it on the version whose data is to be carried forward, before changing how allocations are
 * stored: {@code ./mvnw verify -Dit.test=MakeUpgradeFixtureIT
 * -Dtrialdesk.upgrade.makeFixture=true}. Off otherwise (the fixture in the repository is what the
 * upgrade test holds the code to).
 */
@EnabledIfSystemProperty(named = "trialdesk.upgrade.makeFixture", matches = "true")
class MakeUpgradeFixtureIT {

  @Test
  void makeTheFixture() throws Exception {
    Path work = Path.of("target", "upgrade-fixture");
    try (ServerProcess server = ServerProcess.prepare(work, 300)) {
      server.start();
      server.awaitReady(Duration.ofMinutes(3));
      UpgradeFixture.fill(server.url());
      StringWriter json = new StringWriter();
      Json.createWriterFactory(Map.of("jakarta.json.stream.JsonGenerator.prettyPrinting", true))
          .createWriter(json)
          .write(UpgradeFixture.logs(server.url()));
      Files.createDirectories(UpgradeFixture.FOLDER);
      Files.writeString(UpgradeFixture.LOGS, json.toString());
      server.kill();
      Files.copy(
          server.dataDir().resolve("receipt-keys"),
          UpgradeFixture.KEYS,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Files.deleteIfExists(UpgradeFixture.SCRIPT);
      H2Script.dump(server.dataDir(), UpgradeFixture.SCRIPT);
    }
  }
}
