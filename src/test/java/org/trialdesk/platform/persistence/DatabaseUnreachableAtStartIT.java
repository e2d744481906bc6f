package org.trialdesk.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.ServerProcess;

/**
 * A server started against a database it cannot use: the deployment fails with a log line that says
 * why, and nothing is served (no half-started application answering some pages).
 */
class DatabaseUnreachableAtStartIT {

  @Test
  void aDatabaseThatDoesNotAnswerFailsTheDeployment() throws Exception {
    String console =
        failedStart(
            Map.of(
                "TRIALDESK_DB_DRIVER", "postgresql",
                // Port 9 (discard) is closed on loopback: connection refused.
                "TRIALDESK_DB_URL", "jdbc:postgresql://127.0.0.1:9/trialdesk?connectTimeout=5",
                "TRIALDESK_DB_USER", "nobody",
                "TRIALDESK_DB_PASSWORD", "nothing"));
    assertThat(console)
        .contains("Unable to get managed connection for java:jboss/datasources/TrialDeskDS")
        .contains("Connection refused");
  }

  @Test
  void aSchemaOwnerTheDatabaseRefusesFailsTheDeploymentWithOneClearLine() throws Exception {
    String console =
        failedStart(
            Map.of(
                "TRIALDESK_DB_OWNER_USER", "nobody",
                "TRIALDESK_DB_OWNER_PASSWORD", "nothing"));
    assertThat(console)
        .contains("TrialDesk cannot start: the database refuses or does not answer")
        .contains(
            "Check TRIALDESK_DB_URL, TRIALDESK_DB_OWNER_USER and TRIALDESK_DB_OWNER_PASSWORD");
  }

  /** Starts a server with {@code environment}; checks it serves nothing; returns its console. */
  private static String failedStart(Map<String, String> environment) throws Exception {
    try (ServerProcess server =
        ServerProcess.prepare(Path.of("target", "database-unreachable"), 300)) {
      server.start(environment);
      server.awaitStarted(Duration.ofMinutes(3));
      String console = server.console();
      assertThat(console)
          .contains("WFLYSRV0026") // started with errors
          .doesNotContain("TrialDesk is starting at");
      HttpClient http = HttpClient.newHttpClient();
      for (String path : new String[] {"health", "api/v1/trials", "login.xhtml"}) {
        HttpResponse<String> answer =
            http.send(
                HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path).isEqualTo(404);
      }
      return console;
    }
  }
}
