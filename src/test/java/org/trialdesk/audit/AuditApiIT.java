package org.trialdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.Api.Reply;
import org.trialdesk.testsupport.ApiTest;
import org.trialdesk.testsupport.RandomizedTrial;

/** Every change lands in the audit trail with who, when, old and new value, and why. */
class AuditApiIT extends ApiTest {

  private String site() {
    return "A" + code.substring(code.length() - 5);
  }

  private String siteDocument(String name, String reason) {
    return ("{\"code\": \"%s\", \"name\": \"%s\", \"city\": \"Kyoto\", \"country\": \"JP\","
            + " \"timeZone\": \"Asia/Tokyo\"%s}")
        .formatted(site(), name, reason == null ? "" : ", \"reasonForChange\": \"" + reason + "\"");
  }

  private List<JsonObject> trailOf(String query) {
    Reply trail = api.as("monitor").get("audit?" + query);
    assertThat(trail.status()).as(trail.toString()).isEqualTo(200);
    api.as("admin");
    return trail.array().getValuesAs(JsonObject.class);
  }

  @Test
  void aReasonTrialDeskWroteItselfReadsInTheReadersLanguage() {
    String query = "audit?entity=Trial&key=IL2-HAI&max=500";
    JsonObject english = opening(new org.trialdesk.testsupport.Api(base).as("monitor").get(query));
    assertThat(english.getString("reason")).startsWith("Demo data: the trial was opened");
    JsonObject japanese =
        opening(new org.trialdesk.testsupport.Api(base).as("monitor").inLanguage("ja").get(query));
    assertThat(japanese.getString("reason")).startsWith("デモデータ");
    assertThat(japanese.getJsonNumber("id")).isEqualTo(english.getJsonNumber("id"));
  }

  /** The demo trial's move to RECRUITING, the status change TrialDesk made when seeding it. */
  private static JsonObject opening(Reply trail) {
    assertThat(trail.status()).as(trail.toString()).isEqualTo(200);
    return trail.array().stream()
        .map(JsonObject.class::cast)
        .filter(r -> "status".equals(r.getString("field", null)))
        .filter(r -> "RECRUITING".equals(r.getString("newValue", null)))
        .filter(r -> "DRAFT".equals(r.getString("oldValue", null)))
        .reduce((newer, older) -> older)
        .orElseThrow();
  }

  @Test
  void aChangeIsRecordedWithItsOldAndNewValueAndItsReason() {
    assertThat(api.post("sites", siteDocument("Kyoto North Hospital", null)).status())
        .isEqualTo(201);
    Reply changed =
        api.put("sites/" + site(), siteDocument("Kyoto North Medical Center", "Renamed in 2026"));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

    List<JsonObject> trail = trailOf("entity=Site&key=" + site());
    JsonObject update =
        trail.stream()
            .filter(r -> r.getString("action").equals("UPDATE"))
            .findFirst()
            .orElseThrow();
    assertThat(update.getString("field")).isEqualTo("name");
    assertThat(update.getString("oldValue")).isEqualTo("Kyoto North Hospital");
    assertThat(update.getString("newValue")).isEqualTo("Kyoto North Medical Center");
    assertThat(update.getString("reason")).isEqualTo("Renamed in 2026");
    assertThat(update.getString("username")).isEqualTo("admin");
    assertThat(update.getString("at")).endsWith("Z");
    assertThat(trail)
        .filteredOn(r -> r.getString("action").equals("CREATE"))
        .extracting(r -> r.getString("field"))
        .contains("code", "name", "city", "country", "timeZone");
  }

  @Test
  void aChangeWithoutAReasonIsRefusedAndChangesNothing() {
    api.post("sites", siteDocument("Kyoto South Hospital", null));
    Reply refused = api.put("sites/" + site(), siteDocument("Renamed without reason", null));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.errorFor("reasonForChange")).isNotBlank();
    assertThat(api.get("sites/" + site()).object().getString("name"))
        .isEqualTo("Kyoto South Hospital");
    assertThat(trailOf("entity=Site&key=" + site()))
        .noneMatch(r -> r.getString("action").equals("UPDATE"));
  }

  @Test
  void aStatusChangeIsRecordedWithItsReason() {
    // A trial complete enough to open (arms, criteria, an active site, a scheme).
    RandomizedTrial.create(
        api, code, RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY, null, 5, false);
    api.post(
        "trials/" + code + "/status",
        "{\"status\": \"RECRUITING\", \"reasonForChange\": \"Ethics committee approval 2026-11\"}");
    assertThat(trailOf("entity=Trial&key=" + code))
        .anyMatch(
            r ->
                r.getString("field", "").equals("status")
                    && r.getString("oldValue").equals("DRAFT")
                    && r.getString("newValue").equals("RECRUITING")
                    && r.getString("reason").equals("Ethics committee approval 2026-11"));
  }

  @Test
  void failedLoginsAreRecorded() {
    api.as("coordinator-kyo", "not-my-password").get("trials");
    assertThat(trailOf("entity=Account&user=coordinator-kyo"))
        .anyMatch(r -> r.getString("action").equals("LOGIN_FAILED"));
  }

  @Test
  void onlyMonitorsAndAdministratorsReadTheTrail() {
    assertThat(api.as("coordinator-osk").get("audit").status()).isEqualTo(403);
    assertThat(api.as("investigator-osk").get("audit").status()).isEqualTo(403);
    assertThat(api.as("admin").get("audit?max=5").status()).isEqualTo(200);
  }

  @Test
  void aBadDateInTheFilterIsNamed() {
    Reply bad = api.as("monitor").get("audit?from=yesterday");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.errorFor("from")).contains("yesterday");
    assertThat(api.get("audit?from=2026-01-01&to=2099-01-01T00:00:00Z").status()).isEqualTo(200);
  }

  @Test
  void filtersReadAsTypedAndTheSameSelectionComesAsCsv() {
    assertThat(api.post("sites", siteDocument("Kyoto West Hospital", null)).status())
        .isEqualTo(201);
    String lower = site().toLowerCase();

    assertThat(trailOf("entity=site&key=" + lower + "&user=ADMIN"))
        .as("type, key and user whatever their case")
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.getString("entityKey")).isEqualTo(site()));

    Reply reversed = api.as("monitor").get("audit?from=2026-12-02&to=2026-12-01");
    assertThat(reversed.status()).isEqualTo(400);
    assertThat(reversed.errorFor("to")).isNotBlank();

    Reply csv = api.as("monitor").getCsv("audit?entity=Site&key=" + lower);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body().lines().toList())
        .first()
        .isEqualTo(
            "id,at,username,action,entityType,entityKey,siteCode,field,oldValue,newValue,reason");
    assertThat(csv.body().lines().skip(1))
        .hasSize(trailOf("entity=Site&key=" + site()).size())
        .allSatisfy(line -> assertThat(line).contains(",Site," + site() + ","));
    assertThat(api.as("coordinator-osk").getCsv("audit").status()).isEqualTo(403);
    api.as("admin");
  }
}
