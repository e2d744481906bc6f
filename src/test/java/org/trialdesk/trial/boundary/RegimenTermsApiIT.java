package org.trialdesk.trial.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Api.Reply;
import org.trialdesk.testsupport.ApiTest;

/**
 * The regimen vocabulary over REST: everyone reads it, administrators extend it, and regimens that
 * real protocols need — carboplatin dosed by AUC, capecitabine in cycles — are written, read back
 * and read aloud in both languages.
 */
class RegimenTermsApiIT extends ApiTest {

  private static final String CARBOPLATIN =
      """
      {"agent": "carboplatin", "dose": 5, "unit": "AUC", "route": "INTRAVENOUS",
       "schedule": "CYCLE_DAYS", "cycleLengthDays": 21, "cycleDays": "1", "cycles": 6}
      """;
  private static final String CAPECITABINE =
      """
      {"agent": "capecitabine", "dose": 1000, "unit": "MG_PER_M2", "route": "ORAL",
       "schedule": "TWICE_DAILY", "cycleLengthDays": 21, "cycleDays": "1–14", "cycles": 8}
      """;

  private String trial(String... lines) {
    return """
        {"code": "%s", "title": "Adjuvant chemotherapy", "phase": "PHASE_2", "targetEnrollment": 40,
         "arms": [{"code": "A", "name": "Doublet", "ratio": 1, "regimen": [%s]}]}
        """
        .formatted(code, String.join(",", lines));
  }

  @Test
  void aCarboplatinAucAndACapecitabineCycleRegimenAreWrittenAndReadInBothLanguages() {
    Api admin = new Api(base).as("admin");
    Reply created = admin.post("trials", trial(CARBOPLATIN, CAPECITABINE));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);

    JsonArray regimen = admin.get("trials/" + code + "/arms/A").object().getJsonArray("regimen");
    JsonObject carboplatin = regimen.getJsonObject(0);
    assertThat(carboplatin.getString("unit")).isEqualTo("AUC");
    assertThat(carboplatin.getInt("cycleLengthDays")).isEqualTo(21);
    assertThat(carboplatin.getString("cycleDays")).isEqualTo("1");
    assertThat(carboplatin.getInt("cycles")).isEqualTo(6);
    assertThat(carboplatin.getString("text"))
        .isEqualTo("carboplatin AUC 5, intravenous, day 1 of each 21-day cycle, 6 cycles");
    JsonObject capecitabine = regimen.getJsonObject(1);
    assertThat(capecitabine.getString("cycleDays")).as("stored in one form").isEqualTo("1-14");
    assertThat(capecitabine.getString("text"))
        .isEqualTo(
            "capecitabine 1000 mg/m², oral, twice daily, days 1–14 of each 21-day cycle,"
                + " 8 cycles");

    JsonArray japanese =
        new Api(base)
            .as("monitor")
            .inLanguage("ja")
            .get("trials/" + code + "/arms/A")
            .object()
            .getJsonArray("regimen");
    assertThat(japanese.getJsonObject(0).getString("text"))
        .isEqualTo("carboplatin AUC 5、静脈内、21日を1コースとして第1日、6コース");
    assertThat(japanese.getJsonObject(1).getString("text"))
        .isEqualTo("capecitabine 1000 mg/m²、経口、1日2回、21日を1コースとして第1–14日、8コース");
  }

  @Test
  void anAdministratorAddsARouteThatRegimensCanThenUse() {
    Api admin = new Api(base).as("admin");
    String route = "IP_" + code.replaceAll("[^A-Z0-9]", "");
    Reply refusedBefore =
        admin.post("trials", trial(CARBOPLATIN.replace("\"INTRAVENOUS\"", "\"" + route + "\"")));
    assertThat(refusedBefore.status()).isEqualTo(400);
    assertThat(refusedBefore.errorFor("arms[0].regimen[0].route"))
        .contains(route)
        .contains("INTRAVENOUS");
    assertThat(admin.get("trials/" + code).status()).as("nothing half-saved").isEqualTo(404);

    Reply added =
        admin.post(
            "regimen-terms",
            """
            {"kind": "ROUTE", "code": "%s", "cdiscCode": "C38258",
             "nameEn": "intraperitoneal", "nameJa": "腹腔内"}
            """
                .formatted(route));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(added.object().getString("name")).isEqualTo("intraperitoneal");

    JsonObject listed =
        new Api(base)
            .as("coordinator-osk").inLanguage("ja").get("regimen-terms").array().stream()
                .map(JsonObject.class::cast)
                .filter(t -> t.getString("code").equals(route))
                .findFirst()
                .orElseThrow();
    assertThat(listed.getString("kind")).isEqualTo("ROUTE");
    assertThat(listed.getString("cdiscCode")).isEqualTo("C38258");
    assertThat(listed.getString("name")).isEqualTo("腹腔内");

    Reply created =
        admin.post("trials", trial(CARBOPLATIN.replace("\"INTRAVENOUS\"", "\"" + route + "\"")));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(
            admin
                .inLanguage("ja")
                .get("trials/" + code + "/arms/A")
                .object()
                .getJsonArray("regimen")
                .getJsonObject(0)
                .getString("text"))
        .contains("腹腔内");

    Reply again =
        admin.post(
            "regimen-terms",
            "{\"kind\": \"ROUTE\", \"code\": \""
                + route
                + "\", \"nameEn\": \"x\", \"nameJa\": \"x\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.errorFor("code")).contains(route);
  }

  @Test
  void badTermsAndBadCyclesAreNamedAndNothingIsSaved() {
    Api admin = new Api(base).as("admin");
    Reply bad =
        admin.post(
            "regimen-terms",
            "{\"kind\": \"FLAVOUR\", \"code\": \"lower case\", \"cdiscCode\": \"38258\","
                + " \"nameEn\": \" \", \"symbolFirst\": \"yes\"}");
    assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");

    Reply fields =
        admin.post(
            "regimen-terms",
            "{\"kind\": \"UNIT\", \"code\": \"lower case\", \"cdiscCode\": \"38258\","
                + " \"nameEn\": \" \"}");
    assertThat(fields.status()).isEqualTo(400);
    assertThat(fields.errorFor("code")).contains("INTRAPERITONEAL");
    assertThat(fields.errorFor("cdiscCode")).contains("C38276");
    assertThat(fields.errorFor("nameEn")).isNotBlank();
    assertThat(fields.errorFor("nameJa")).isNotBlank();

    Reply cycle =
        admin.post(
            "trials",
            trial(
                CAPECITABINE.replace("\"1–14\"", "\"1-22\""),
                CARBOPLATIN.replace("\"cycleLengthDays\": 21, ", "")));
    assertThat(cycle.status()).as(cycle.toString()).isEqualTo(400);
    assertThat(cycle.errorFor("arms[0].regimen[0].cycleDays")).contains("22").contains("21");
    assertThat(cycle.errorFor("arms[0].regimen[1].cycleLengthDays")).isNotBlank();
    assertThat(admin.get("trials/" + code).status()).isEqualTo(404);

    Reply fraction =
        admin.post("trials", trial(CARBOPLATIN.replace("\"cycles\": 6", "\"cycles\": 1.5")));
    assertThat(fraction.status()).as("1.5 cycles is not 1").isEqualTo(400);
    assertThat(admin.get("trials/" + code).status()).isEqualTo(404);
  }

  @Test
  void onlyAdministratorsExtendTheVocabulary() {
    for (String user : new String[] {"monitor", "coordinator-osk", "investigator-osk"}) {
      Reply refused =
          new Api(base)
              .as(user)
              .post(
                  "regimen-terms",
                  "{\"kind\": \"ROUTE\", \"code\": \"NOPE\", \"nameEn\": \"n\", \"nameJa\": \"n\"}");
      assertThat(refused.status()).as(user).isEqualTo(403);
    }
    assertThat(new Api(base).anonymous().get("regimen-terms").status()).isEqualTo(401);
  }
}
