package org.trialdesk.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.ApiTest;

/**
 * Imports NCI's full CTCAE v5.0 term list from the shared reference data beside the project (never
 * copied into it), when present, and checks the grade rules on it. Skipped without the file, except
 * in CI (environment variable {@code CI} set), where a missing file fails the test.
 */
class CtcaeImportIT extends ApiTest {

  private static final Path NCI_FILE = Path.of("..", "shared", "data", "ctcae", "CTCAE_v5.0.csv");

  @Test
  void theFullTermListImportsWithItsGradeRules() throws IOException {
    if (System.getenv("CI") != null) {
      // In CI a missing file is a broken checkout or runner, not a reason to test less.
      assertThat(NCI_FILE).as("reference data beside the project (CI is set)").exists();
    }
    assumeTrue(Files.exists(NCI_FILE), "reference data not beside the project");
    Api.Reply imported =
        new Api(base)
            .as("admin")
            .postBytes("ctcae/import", Files.readAllBytes(NCI_FILE), "text/csv");
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.object().getInt("terms")).isEqualTo(837);
    assertThat(imported.object().getInt("socs")).isEqualTo(26);

    assertThat(grades(10028813)).as("Nausea").isEqualTo("[1,2,3]");
    assertThat(grades(10011914)).as("Death NOS").isEqualTo("[5]");
    assertThat(grades(10016288)).as("Febrile neutropenia").isEqualTo("[3,4,5]");
    JsonObject anemia = api.get("ctcae/terms/10002272").object();
    assertThat(anemia.getString("soc")).isEqualTo("Blood and lymphatic system disorders");
    assertThat(anemia.getJsonArray("grades").getString(4)).isEqualTo("Death");
    assertThat(
            api.get("ctcae/terms?soc=Blood%20and%20lymphatic%20system%20disorders&max=1000")
                .array())
        .allSatisfy(
            t -> assertThat(t.asJsonObject().getString("soc")).startsWith("Blood and lymphatic"));
  }

  private String grades(long code) {
    return api.get("ctcae/terms/" + code).object().getJsonArray("validGrades").toString();
  }
}
