package org.trialdesk.trial.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Api.Reply;
import org.trialdesk.testsupport.ApiTest;
import org.trialdesk.testsupport.RandomizedTrial;

/** The trials API as a client sees it: the contract of docs/api.md and every bad input. */
class TrialsApiIT extends ApiTest {

  private String trial(String code, String arms, String sites) {
    return """
        {"code": "%s", "title": "IL-2 HAI, adjuvant", "phase": "PHASE_2", "targetEnrollment": 40,
         "blinded": false,
         "arms": [%s],
         "factors": [{"code": "site", "name": "Site"},
                     {"code": "resectability", "name": "Resectability",
                      "levels": [{"code": "R", "name": "Resected"}, {"code": "U", "name": "Unresectable"}]}],
         "criteria": [{"code": "I1", "type": "INCLUSION", "text": "Colorectal adenocarcinoma"},
                      {"code": "E1", "type": "EXCLUSION", "text": "Extrahepatic disease"}],
         "sites": [%s]}
        """
        .formatted(code, arms, sites);
  }

  private static String arm(String code, int ratio, String dose, String unit) {
    return """
        {"code": "%s", "name": "Arm %s", "ratio": %d, "regimen": [
          {"agent": "IL-2", "dose": %s, "unit": "%s", "route": "HEPATIC_ARTERIAL_INFUSION",
           "schedule": "CONTINUOUS_INFUSION_DAILY"},
          {"agent": "MMC", "dose": 4, "unit": "MG", "route": "HEPATIC_ARTERIAL_INFUSION",
           "schedule": "BOLUS_WEEKLY"}]}
        """
        .formatted(code, code, ratio, dose, unit);
  }

  private String validTrial() {
    return trial(
        code,
        arm("IL2", 1, "700000", "U") + "," + arm("CHEMO", 1, "250", "MG"),
        "{\"code\": \"OSK\", \"status\": \"ACTIVE\", \"cap\": 12}, {\"code\": \"KOB\"}");
  }

  @Test
  void japaneseFormsOfTheTrialsTextAreWrittenAndReadBesideTheEnglish() {
    String withJapanese =
        validTrial()
            .replace(
                "\"title\": \"IL-2 HAI, adjuvant\",",
                "\"title\": \"IL-2 HAI, adjuvant\", \"titleJa\": \"IL-2 肝動注 術後補助療法\",")
            .replace("\"name\": \"Arm IL2\",", "\"name\": \"Arm IL2\", \"nameJa\": \"IL-2 群\",")
            .replace(
                "\"name\": \"Resectability\",", "\"name\": \"Resectability\", \"nameJa\": \"切除\",")
            .replace(
                "{\"code\": \"U\", \"name\": \"Unresectable\"}",
                "{\"code\": \"U\", \"name\": \"Unresectable\", \"nameJa\": \"切除不能\"}")
            .replace(
                "\"text\": \"Colorectal adenocarcinoma\"}",
                "\"text\": \"Colorectal adenocarcinoma\", \"textJa\": \"大腸腺癌\"}");
    Reply created = api.post("trials", withJapanese);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);

    JsonObject read = api.get("trials/" + code).object();
    assertThat(read.getString("title")).isEqualTo("IL-2 HAI, adjuvant");
    assertThat(read.getString("titleJa")).isEqualTo("IL-2 肝動注 術後補助療法");
    assertThat(read.getJsonArray("arms").getJsonObject(0).getString("nameJa")).isEqualTo("IL-2 群");
    assertThat(read.getJsonArray("arms").getJsonObject(1).isNull("nameJa")).isTrue();
    JsonObject resectability = read.getJsonArray("factors").getJsonObject(1);
    assertThat(resectability.getString("nameJa")).isEqualTo("切除");
    assertThat(resectability.getJsonArray("levels").getJsonObject(1).getString("nameJa"))
        .isEqualTo("切除不能");
    assertThat(read.getJsonArray("criteria").getJsonObject(0).getString("textJa"))
        .isEqualTo("大腸腺癌");

    Reply tooLong =
        api.put(
            "trials/" + code,
            withJapanese
                .replace("IL-2 肝動注 術後補助療法", "長".repeat(301))
                .replace("\"sites\": [", "\"reasonForChange\": \"Japanese title\", \"sites\": ["));
    assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
    assertThat(tooLong.errorFor("titleJa")).isNotBlank();
    assertThat(api.get("trials/" + code).object().getString("titleJa"))
        .isEqualTo("IL-2 肝動注 術後補助療法");

    String site = "J" + code.substring(code.length() - 5);
    Reply siteCreated =
        api.post(
            "sites",
            ("{\"code\": \"%s\", \"name\": \"Sakai Clinic\", \"nameJa\": \"堺クリニック\","
                    + " \"city\": \"Sakai\", \"country\": \"JP\", \"timeZone\": \"Asia/Tokyo\"}")
                .formatted(site));
    assertThat(siteCreated.status()).as(siteCreated.toString()).isEqualTo(201);
    assertThat(api.get("sites/" + site).object().getString("nameJa")).isEqualTo("堺クリニック");
  }

  @Test
  void aJapaneseFactorNameMayBeAddedOnceRecruitingButNotAnEnglishRename() {
    RandomizedTrial.recruiting(api, code);
    JsonObject read = api.as("admin").get("trials/" + code).object();
    JsonObject factor = read.getJsonArray("factors").getJsonObject(1);

    Reply translated =
        api.put(
            "trials/" + code,
            withFactor(read, Json.createObjectBuilder(factor).add("nameJa", "切除")));
    assertThat(translated.status()).as(translated.toString()).isEqualTo(200);
    assertThat(translated.object().getJsonArray("factors").getJsonObject(1).getString("nameJa"))
        .isEqualTo("切除");

    Reply renamed =
        api.put(
            "trials/" + code,
            withFactor(read, Json.createObjectBuilder(factor).add("name", "Resection status")));
    assertThat(renamed.status()).as("strata are frozen").isEqualTo(409);
  }

  private static String withFactor(JsonObject trial, JsonObjectBuilder factor) {
    JsonArrayBuilder factors = Json.createArrayBuilder(trial.getJsonArray("factors"));
    factors.set(1, factor);
    return Json.createObjectBuilder(trial)
        .add("factors", factors)
        .add("reasonForChange", "Japanese names for the sites' staff")
        .remove("randomization")
        .remove("sites")
        .build()
        .toString();
  }

  @Test
  void aTrialSetUpInOneCallReadsBackAsTheSameDocument() {
    Reply created = api.post("trials", validTrial());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);

    JsonObject read = api.get("trials/" + code).object();
    assertThat(read.getString("code")).isEqualTo(code);
    assertThat(read.getString("status")).isEqualTo("DRAFT");
    assertThat(read.getBoolean("blinded")).isFalse();
    assertThat(read.getJsonArray("arms")).hasSize(2);
    JsonObject il2 = read.getJsonArray("arms").getJsonObject(0);
    assertThat(il2.getString("code")).isEqualTo("IL2");
    assertThat(il2.getInt("ratio")).isEqualTo(1);
    JsonObject firstLine = il2.getJsonArray("regimen").getJsonObject(0);
    assertThat(firstLine.getString("agent")).isEqualTo("IL-2");
    assertThat(firstLine.getJsonNumber("dose").longValueExact()).isEqualTo(700000);
    assertThat(firstLine.getString("unit")).isEqualTo("U");
    assertThat(firstLine.getString("route")).isEqualTo("HEPATIC_ARTERIAL_INFUSION");
    assertThat(firstLine.getString("schedule")).isEqualTo("CONTINUOUS_INFUSION_DAILY");
    assertThat(firstLine.getString("text"))
        .isEqualTo("IL-2 7 × 10⁵ U/day, continuous hepatic arterial infusion");
    JsonObject siteFactor = read.getJsonArray("factors").getJsonObject(0);
    assertThat(siteFactor.getString("code")).isEqualTo("site");
    assertThat(siteFactor.getJsonArray("levels").getValuesAs(JsonObject.class))
        .extracting(l -> l.getString("code"))
        .containsExactly("KOB", "OSK");
    assertThat(read.getJsonArray("criteria").getJsonObject(1).getString("type"))
        .isEqualTo("EXCLUSION");
    JsonObject osk = read.getJsonArray("sites").getJsonObject(1);
    assertThat(osk.getString("code")).isEqualTo("OSK");
    assertThat(osk.getString("status")).isEqualTo("ACTIVE");
    assertThat(osk.getInt("cap")).isEqualTo(12);
    JsonObject kob = read.getJsonArray("sites").getJsonObject(0);
    assertThat(kob.getString("status")).isEqualTo("PENDING");
    assertThat(kob.isNull("cap")).isTrue();

    assertThat(api.get("trials?status=DRAFT&max=500").array().getValuesAs(JsonObject.class))
        .extracting(t -> t.getString("code"))
        .contains(code)
        .doesNotContain("IL2-HAI");
    assertThat(api.get("trials?status=RECRUITING&max=500").array().getValuesAs(JsonObject.class))
        .extracting(t -> t.getString("code"))
        .contains("IL2-HAI");
  }

  @Test
  void theRegimenTextFollowsTheCallersLanguage() {
    api.post("trials", validTrial());
    JsonObject arm = api.inLanguage("ja").get("trials/" + code + "/arms/IL2").object();
    assertThat(arm.getJsonArray("regimen").getJsonObject(0).getString("text"))
        .isEqualTo("IL-2 7 × 10⁵ U/日、肝動脈内持続注入");
  }

  @Test
  void theDemoTrialIsServedWithBothArmsAndTheirRegimens() {
    JsonObject demo = api.get("trials/IL2-HAI").object();
    assertThat(demo.getJsonArray("arms").getValuesAs(JsonObject.class))
        .extracting(a -> a.getString("code"))
        .containsExactly("IL2", "CHEMO");
    assertThat(demo.getJsonArray("factors").getValuesAs(JsonObject.class))
        .extracting(f -> f.getString("code"))
        .containsExactly("site", "resectability", "metastases");
    assertThat(demo.getJsonArray("sites").getValuesAs(JsonObject.class))
        .extracting(s -> s.getString("code"))
        .containsExactlyInAnyOrder("OSK", "KOB", "KYO", "NAR", "WAK", "SAK");
  }

  @Test
  void armsAreAddedAndUpdatedThroughTheirOwnResource() {
    api.post("trials", trial(code, arm("IL2", 1, "700000", "U"), ""));
    Reply added = api.post("trials/" + code + "/arms", arm("CHEMO", 2, "250", "MG"));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);

    Reply updated =
        api.put(
            "trials/" + code + "/arms/CHEMO",
            """
            {"code": "CHEMO", "name": "5-FU + MMC", "ratio": 1,
             "reasonForChange": "Amendment 2: MMC first", "regimen": [
              {"agent": "MMC", "dose": 4, "unit": "MG", "route": "HEPATIC_ARTERIAL_INFUSION",
               "schedule": "BOLUS_WEEKLY"},
              {"agent": "5-FU", "dose": 250, "unit": "MG", "route": "HEPATIC_ARTERIAL_INFUSION",
               "schedule": "CONTINUOUS_INFUSION_DAILY"}]}
            """);
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);

    JsonObject chemo = api.get("trials/" + code + "/arms/CHEMO").object();
    assertThat(chemo.getString("name")).isEqualTo("5-FU + MMC");
    assertThat(chemo.getJsonArray("regimen").getValuesAs(JsonObject.class))
        .extracting(l -> l.getString("agent"))
        .containsExactly("MMC", "5-FU");
  }

  @Test
  void siteParticipationIsAddedAndChanged() {
    api.post("trials", trial(code, arm("IL2", 1, "700000", "U"), ""));
    Reply joined = api.post("trials/" + code + "/sites", "{\"code\": \"NAR\", \"cap\": 8}");
    assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
    assertThat(joined.object().getString("status")).isEqualTo("PENDING");

    Reply activated =
        api.put(
            "trials/" + code + "/sites/NAR",
            "{\"code\": \"NAR\", \"status\": \"ACTIVE\", \"cap\": 10,"
                + " \"reasonForChange\": \"Ethics approval at Nara\"}");
    assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
    JsonObject nar = api.get("trials/" + code + "/sites/NAR").object();
    assertThat(nar.getString("status")).isEqualTo("ACTIVE");
    assertThat(nar.getInt("cap")).isEqualTo(10);
    assertThat(nar.getString("activatedOn")).matches("\\d{4}-\\d{2}-\\d{2}");

    Reply again = api.post("trials/" + code + "/sites", "{\"code\": \"NAR\"}");
    assertThat(again.status()).isEqualTo(409);
  }

  @Test
  void theStatusMovesOnlyAlongTheLifecycleAndNeedsAReason() {
    api.post("trials", validTrial());

    Reply noReason = api.post("trials/" + code + "/status", "{\"status\": \"RECRUITING\"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.errorFor("reasonForChange")).isNotBlank();

    Reply skipping =
        api.post(
            "trials/" + code + "/status",
            "{\"status\": \"COMPLETED\", \"reasonForChange\": \"x\"}");
    assertThat(skipping.status()).isEqualTo(409);
    assertThat(skipping.errorFor("status")).contains("DRAFT").contains("COMPLETED");

    Reply withoutScheme =
        api.post(
            "trials/" + code + "/status",
            "{\"status\": \"RECRUITING\", \"reasonForChange\": \"Ethics approval\"}");
    assertThat(withoutScheme.status()).as(withoutScheme.toString()).isEqualTo(409);
    assertThat(missingCodes(withoutScheme)).containsExactly("scheme.none");

    Reply configured = api.put("trials/" + code + "/randomization", "{\"method\": \"SIMPLE\"}");
    assertThat(configured.status()).as(configured.toString()).isEqualTo(200);
    Reply opened =
        api.post(
            "trials/" + code + "/status",
            "{\"status\": \"RECRUITING\", \"reasonForChange\": \"Ethics approval\"}");
    assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
    assertThat(opened.object().getString("status")).isEqualTo("RECRUITING");
  }

  @Test
  void anIncompleteTrialIsNotOpenedAndEveryMissingItemIsNamed() {
    api.post(
        "trials",
        """
        {"code": "%s", "title": "Not yet set up", "phase": "PHASE_2", "targetEnrollment": 5,
         "sites": [{"code": "OSK", "status": "PENDING"}]}
        """
            .formatted(code));
    String open = "{\"status\": \"RECRUITING\", \"reasonForChange\": \"Ethics approval\"}";

    Reply refused = api.post("trials/" + code + "/status", open);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(missingCodes(refused))
        .containsExactly("arms.tooFew", "criteria.none", "sites.noneActive", "scheme.none");
    assertThat(refused.errorFor("status")).contains(code).contains("not ready");
    assertThat(refused.errorFor("arms"))
        .isEqualTo("At least two arms are needed; the trial has 0.");
    assertThat(refused.errorFor("sites")).isEqualTo("No participating site is active.");
    assertThat(refused.errorFor("criteria")).isNotBlank();
    assertThat(refused.errorFor("randomization")).contains("scheme");

    Reply inJapanese = api.inLanguage("ja").post("trials/" + code + "/status", open);
    assertThat(inJapanese.status()).isEqualTo(409);
    assertThat(missingCodes(inJapanese))
        .containsExactly("arms.tooFew", "criteria.none", "sites.noneActive", "scheme.none");
    assertThat(inJapanese.errorFor("sites")).isEqualTo("参加中の施設がありません。");
    assertThat(inJapanese.errorFor("arms")).contains("群");

    assertThat(api.inLanguage("en").get("trials/" + code).object().getString("status"))
        .isEqualTo("DRAFT");
    assertThat(
            new Api(base)
                .as("monitor")
                .get("audit?entity=Trial&key=" + code)
                .array()
                .getValuesAs(JsonObject.class))
        .as("nothing changed, nothing recorded")
        .noneMatch(r -> r.getString("action").equals("UPDATE"));
    assertThat(new Api(base).as("monitor").post("trials/" + code + "/status", open).status())
        .as("only administrators open trials")
        .isEqualTo(403);
  }

  private static List<String> missingCodes(Reply reply) {
    return reply.object().getJsonArray("missing").getValuesAs(JsonObject.class).stream()
        .map(m -> m.getString("code"))
        .toList();
  }

  @Test
  void theOpenApiDescriptionListsTheResources() {
    Reply openapi = api.get("../../openapi");
    assertThat(base.getPath()).isEqualTo("/");
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body()).contains("/api/v1/trials").contains("/api/v1/sites");
  }
}
