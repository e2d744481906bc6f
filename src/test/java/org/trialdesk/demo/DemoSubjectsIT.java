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
    // The pilot phase's imported patients took the first numbers of each site.
    assertThat(subjects)
        .extracting(s -> s.getString("screeningNumber"))
        .contains("S-0001", "S-0002", "S-0003");
    assertThat(subjects).allSatisfy(s -> assertThat(s.getString("status")).isEqualTo("RANDOMIZED"));
    String first = live("OSK", "S-0001");
    String second = live("OSK", "S-0002");

    JsonObject neutropenia =
        osk
            .get(TRIAL + "/subjects/" + second + "/adverse-events")
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
        osk.get(TRIAL + "/subjects/" + second + "/administrations")
            .array()
            .getValuesAs(JsonObject.class);
    assertThat(doses)
        .anySatisfy(
            d -> {
              assertThat(d.getString("agent")).isEqualTo("MMC");
              assertThat(d.getString("doseChange")).isEqualTo("REDUCED");
              assertThat(d.getJsonNumber("adverseEventId").longValue())
                  .isEqualTo(neutropenia.getJsonNumber("id").longValue());
            });
    assertThat(osk.get(TRIAL + "/subjects/" + first + "/administrations").array()).isNotEmpty();

    assertThat(
            new Api(base)
                .as("coordinator-kob")
                .get(TRIAL + "/subjects/" + live("KOB", "K-0001"))
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
                .get("audit?entity=Subject&key=IL2-HAI/subjects/" + live("OSK", "S-0001"))
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

  /** The ID of a live demo subject, found by its screening number. */
  private String live(String site, String screening) {
    return new Api(base)
            .as("monitor")
            .get(TRIAL + "/subjects?site=" + site)
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(s -> screening.equals(s.getString("screeningNumber", null)))
            .map(s -> s.getString("subjectId"))
            .findFirst()
            .orElseThrow();
  }
}
