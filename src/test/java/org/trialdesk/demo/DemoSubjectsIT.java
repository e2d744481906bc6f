package org.trialdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.ApiTest;

/**
 * The demo trial comes with patients to work on: randomized through the real engine (the chain
 * verifies), with events and doses a coordinator can read and add to.
 */
class DemoSubjectsIT extends ApiTest {

  private static final String TRIAL = "trials/IL2-HAI";

  @Test
  void osakaHasRandomizedDemoSubjectsWithEventsAndDoses() {
    Api osk = new Api(base).as("coordinator-osk");
    List<JsonObject> subjects =
        osk.get(TRIAL + "/subjects?site=OSK").array().getValuesAs(JsonObject.class).stream()
            .filter(s -> s.getString("registeredBy").equals("coordinator-osk"))
            .filter(s -> s.getString("screeningNumber").startsWith("S-000"))
            .toList();
    assertThat(subjects)
        .extracting(s -> s.getString("subjectId"))
        .contains("OSK-001", "OSK-002", "OSK-003");
    assertThat(subjects).allSatisfy(s -> assertThat(s.getString("status")).isEqualTo("RANDOMIZED"));

    JsonObject neutropenia =
        osk
            .get(TRIAL + "/subjects/OSK-002/adverse-events")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(e -> e.getString("term").equals("Febrile neutropenia"))
            .findFirst()
            .orElseThrow();
    assertThat(neutropenia.getBoolean("serious")).isTrue();
    assertThat(neutropenia.getBoolean("susar")).isTrue();
    assertThat(neutropenia.getString("reportStatus")).isIn("PENDING", "OVERDUE");

    List<JsonObject> doses =
        osk.get(TRIAL + "/subjects/OSK-002/administrations").array().getValuesAs(JsonObject.class);
    assertThat(doses)
        .anySatisfy(
            d -> {
              assertThat(d.getString("agent")).isEqualTo("MMC");
              assertThat(d.getString("doseChange")).isEqualTo("REDUCED");
              assertThat(d.getJsonNumber("adverseEventId").longValue())
                  .isEqualTo(neutropenia.getJsonNumber("id").longValue());
            });
    assertThat(osk.get(TRIAL + "/subjects/OSK-001/administrations").array()).isNotEmpty();

    assertThat(
            new Api(base)
                .as("coordinator-kob")
                .get(TRIAL + "/subjects/KOB-001")
                .object()
                .getString("status"))
        .isEqualTo("RANDOMIZED");
    assertThat(
            new Api(base)
                .as("monitor")
                .get(TRIAL + "/allocations/verification")
                .object()
                .getBoolean("valid"))
        .as("the demo assignments are on a valid chain")
        .isTrue();
  }

  @Test
  void theAuditTrailNamesTheCoordinatorForTheSubjectsAndTheSystemForTheTrial() {
    Api admin = new Api(base).as("admin");
    assertThat(
            admin
                .get("audit?entity=Subject&key=IL2-HAI/subjects/OSK-001")
                .array()
                .getValuesAs(JsonObject.class))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.getString("username")).isEqualTo("coordinator-osk"));
    assertThat(
            admin
                .get("audit?entity=Trial&key=IL2-HAI&max=500")
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(r -> r.getString("action").equals("CREATE"))
                .map(r -> r.getString("username"))
                .distinct())
        .as("made at start-up, by nobody's account")
        .containsExactly("system");
  }
}
