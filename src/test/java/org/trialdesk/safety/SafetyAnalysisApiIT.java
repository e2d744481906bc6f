package org.trialdesk.safety;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Api.Reply;
import org.trialdesk.testsupport.Deployments;
import org.trialdesk.testsupport.RandomizedTrial;
import org.trialdesk.testsupport.SiteDates;

/**
 * The toxicity table, the dictionary, doses against the regimen, and what blinding leaves of them.
 */
class SafetyAnalysisApiIT extends AdverseEventApiTest {

  @Test
  void theToxicityTableMatchesAHandCount() {
    osk.post(events, event(NAUSEA, 1, ""));
    osk.post(events, event(NAUSEA, 3, ""));
    String arm = agent.equals("IL-2") ? "IL2" : "CHEMO";
    JsonObject nausea =
        new Api(base)
            .as("monitor")
            .get("trials/" + code + "/analysis/adverse-events")
            .array()
            .getJsonObject(0);
    assertThat(nausea.getString("term")).isEqualTo("Nausea");
    JsonObject cell =
        nausea.getJsonArray("arms").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("arm").equals(arm))
            .findFirst()
            .orElseThrow();
    assertThat(cell.getInt("subjects")).isEqualTo(1);
    assertThat(cell.getJsonArray("byGrade").toString()).isEqualTo("[0,0,1,0,0]");
    assertThat(cell.getInt("gradeThreeOrWorse")).isEqualTo(1);
    assertThat(
            cell.getJsonArray("percentByGrade").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::doubleValue)
                .toList())
        .containsExactly(0.0, 0.0, 100.0, 0.0, 0.0);
    assertThat(cell.getJsonNumber("percentGradeThreeOrWorse").doubleValue()).isEqualTo(100.0);
    assertThat(osk.get("trials/" + code + "/analysis/adverse-events").status()).isEqualTo(403);
  }

  @Test
  void theDictionaryIsSearchedAndAMalformedImportChangesNothing() {
    JsonObject nausea = api.get("ctcae/terms?q=nause").array().getJsonObject(0);
    assertThat(nausea.getInt("meddraCode")).isEqualTo(NAUSEA);
    assertThat(nausea.getJsonArray("validGrades").toString()).isEqualTo("[1,2,3]");
    int before = api.get("ctcae/terms?max=1000").array().size();
    Reply malformed =
        new Api(base)
            .as("admin")
            .postBytes(
                "ctcae/import",
                "MedDRA Code,MedDRA SOC,CTCAE Term,Grade 1,Grade 2,Grade 3,Grade 4,Grade 5\nx,SOC,Bad,-,-,-,-,-\n"
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                "text/csv");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.errorFor("lines[2].MedDRA Code")).as("line and column").isNotBlank();
    assertThat(api.get("ctcae/terms?max=1000").array()).hasSize(before);
  }

  @Test
  void dosesAreRecordedAgainstTheRegimenOfTheArm() {
    String doses = "trials/" + code + "/subjects/" + subject + "/administrations";
    String today = SiteDates.today().toString();
    String dose =
        """
        {"givenOn": "%s", "agent": "%s", "dose": 3, "unit": "MG", "doseChange": "REDUCED",
         "changeReason": "Grade 3 mucositis"}
        """
            .formatted(today, agent);
    Reply given = osk.post(doses, dose);
    assertThat(given.status()).as(given.toString()).isEqualTo(201);
    assertThat(given.object().getJsonNumber("plannedDose")).as("planned beside given").isNotNull();
    assertThat(
            osk.post(doses, dose.replace("\"Grade 3 mucositis\"", "null")).errorFor("changeReason"))
        .isNotBlank();
    assertThat(
            osk.post(doses, dose.replace("\"agent\": \"" + agent, "\"agent\": \"Aspirin"))
                .errorFor("agent"))
        .contains("Aspirin");
    assertThat(
            osk.post(doses, dose.replace(today, SiteDates.today().plusDays(3).toString()))
                .errorFor("givenOn"))
        .isNotBlank();
    assertThat(osk.post(doses, dose.replace("\"dose\": 3", "\"dose\": 1e20")).errorFor("dose"))
        .as("larger than the column holds: refused, not a 500")
        .isNotBlank();
    int voidedEvent = osk.post(events, event(NAUSEA, 1, "")).object().getInt("id");
    osk.post(events + "/" + voidedEvent + "/void", "{\"reasonForChange\": \"Wrong subject\"}");
    assertThat(
            osk.post(
                    doses,
                    dose.replace("mucositis\"", "mucositis\", \"adverseEventId\": " + voidedEvent))
                .errorFor("adverseEventId"))
        .as("a voided event is not the reason of a dose change")
        .contains("voided");
    assertThat(new Api(base).as("coordinator-kob").post(doses, dose).status()).isEqualTo(404);
    assertThat(osk.get(doses).array()).hasSize(1);

    String voiding = doses + "/" + given.object().getJsonNumber("id").longValue() + "/void";
    assertThat(osk.post(voiding, "{}").errorFor("reasonForChange")).isNotBlank();
    assertThat(
            new Api(base)
                .as("coordinator-kob")
                .post(voiding, "{\"reasonForChange\": \"x\"}")
                .status())
        .isEqualTo(404);
    Reply voided = osk.post(voiding, "{\"reasonForChange\": \"Entered for the wrong subject\"}");
    assertThat(voided.status()).as(voided.toString()).isEqualTo(200);
    assertThat(voided.object().getBoolean("voided")).isTrue();
    assertThat(osk.post(voiding, "{\"reasonForChange\": \"Again\"}").status()).isEqualTo(409);
    assertThat(osk.get(doses).array())
        .as("kept, marked voided, never deleted")
        .singleElement()
        .satisfies(
            d -> assertThat(d.asJsonObject().getString("voidReason")).contains("wrong subject"));
    String unrandomized =
        trial.enroll(osk, RandomizedTrial.eligible("OSK", "AE-2", "R")).getString("subjectId");
    assertThat(
            osk.post("trials/" + code + "/subjects/" + unrandomized + "/administrations", dose)
                .status())
        .isEqualTo(409);
  }

  @Test
  void anEventAttributedWhileBlindedCanStillBeCorrectedAfterAnUnblinding() {
    String blindedCode = Deployments.uniqueCode("BLU");
    RandomizedTrial blinded =
        RandomizedTrial.create(
                api, blindedCode, RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY, null, 50, true)
            .open();
    String id =
        blinded.enroll(osk, RandomizedTrial.eligible("OSK", "BU-1", "R")).getString("subjectId");
    assertThat(blinded.randomize(osk, id).status()).isEqualTo(201);
    String subjectEvents = "trials/" + blindedCode + "/subjects/" + id + "/adverse-events";
    String both =
        """
        {"meddraCode": %d, "grade": 1, "onsetDate": "%s", "outcome": "RECOVERING",
         "attribution": {"IL-2": "UNLIKELY", "MMC": "POSSIBLE"}%%s}
        """
            .formatted(NAUSEA, SiteDates.today().minusDays(1));
    Reply created = osk.post(subjectEvents, both.formatted(""));
    assertThat(created.status()).as("blind: every arm's agents").isEqualTo(201);
    Reply unblinded =
        new Api(base)
            .as("investigator-osk")
            .post(
                "trials/" + blindedCode + "/subjects/" + id + "/unblinding",
                "{\"reason\": \"Severe toxicity\", \"password\": \"%s\"}"
                    .formatted(Api.DEMO_PASSWORD));
    assertThat(unblinded.status()).as(unblinded.toString()).isEqualTo(200);

    Reply corrected =
        osk.put(
            subjectEvents + "/" + created.object().getInt("id"),
            both.formatted(", \"reasonForChange\": \"Outcome checked\"")
                .replace("\"grade\": 1", "\"grade\": 2"));
    assertThat(corrected.status())
        .as("the other arm's agent, assessed while blind, is kept: " + corrected)
        .isEqualTo(200);
    assertThat(corrected.object().getJsonObject("attribution").keySet())
        .containsExactlyInAnyOrder("IL-2", "MMC");
  }

  @Test
  void theArmFilterOfABlindedTrialOnlyWorksForThoseWhoMayKnowArms() {
    String blindedCode = Deployments.uniqueCode("BLA");
    RandomizedTrial blinded =
        RandomizedTrial.create(
                api, blindedCode, RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY, null, 50, true)
            .open();
    Api monitor = new Api(base).as("monitor");
    java.util.Map<String, String> armOf = new java.util.HashMap<>();
    for (String screening : List.of("BL-1", "BL-2", "BL-3")) {
      String id =
          blinded
              .enroll(osk, RandomizedTrial.eligible("OSK", screening, "R"))
              .getString("subjectId");
      assertThat(blinded.randomize(osk, id).status()).isEqualTo(201);
      armOf.put(
          id,
          monitor
              .get("trials/" + blindedCode + "/subjects/" + id + "/randomization")
              .object()
              .getString("arm"));
      Reply created =
          osk.post(
              "trials/" + blindedCode + "/subjects/" + id + "/adverse-events",
              """
              {"meddraCode": %d, "grade": 1, "onsetDate": "%s", "outcome": "RECOVERING",
               "attribution": {"IL-2": "UNLIKELY", "MMC": "UNLIKELY"}}
              """
                  .formatted(NAUSEA, SiteDates.today().minusDays(1)));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }
    String arm = armOf.values().iterator().next();
    String list = "trials/" + blindedCode + "/adverse-events?arm=" + arm;

    List<String> monitorSees =
        monitor.get(list).array().stream()
            .map(e -> e.asJsonObject().getString("subjectId"))
            .toList();
    assertThat(monitorSees)
        .containsExactlyInAnyOrderElementsOf(
            armOf.entrySet().stream()
                .filter(e -> e.getValue().equals(arm))
                .map(java.util.Map.Entry::getKey)
                .toList());
    assertThat(osk.get(list).array())
        .as("a blinded coordinator's arm filter is ignored, so its answer reveals nothing")
        .hasSize(3);
  }
}
