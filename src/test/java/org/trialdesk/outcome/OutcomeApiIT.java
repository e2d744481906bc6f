package org.trialdesk.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.ApiTest;
import org.trialdesk.testsupport.HistoricalTrial;
import org.trialdesk.testsupport.SiteDates;

/**
 * RECIST assessments and follow-up over REST: computed responses, the investigator's override
 * beside them, voiding, site scoping, and every refusal with the field named.
 */
class OutcomeApiIT extends ApiTest {

  @Test
  void responsesAreComputedAndAnOverrideStaysBesideThem() {
    HistoricalTrial trial = HistoricalTrial.of(api, code, false, List.of("IL2"));
    Api osk = new Api(base).as("coordinator-osk");
    String path = trial.path(0, "assessments");
    Api.Reply baseline =
        osk.post(
            path,
            """
            {"assessedOn": "%s", "baseline": true,
             "targets": [{"organ": "LIVER", "diameter": 30}, {"organ": "LYMPH_NODE", "diameter": 20}],
             "nonTargets": [{"organ": "PERITONEUM"}]}"""
                .formatted(trial.day(1)));
    assertThat(baseline.status()).as(baseline.toString()).isEqualTo(201);
    assertThat(baseline.object().getInt("sumOfDiameters")).isEqualTo(50);
    Api.Reply nodeCr =
        osk.post(
            path,
            """
            {"assessedOn": "%s", "baseline": false, "targets": [{"diameter": 0}, {"diameter": 8}],
             "nonTargetStatus": "CR", "newLesions": false}"""
                .formatted(trial.day(60)));
    assertThat(nodeCr.status()).as(nodeCr.toString()).isEqualTo(201);
    JsonObject cr = nodeCr.object();
    assertThat(cr.getInt("sumOfDiameters")).isEqualTo(8);
    assertThat(cr.getString("targetResponse")).isEqualTo("CR");
    assertThat(cr.getString("computedResponse")).isEqualTo("CR");
    assertThat(cr.getString("response")).isEqualTo("CR");

    long id = cr.getJsonNumber("id").longValue();
    String override = path + "/" + id + "/override";
    assertThat(osk.post(override, "{\"response\": \"PR\", \"reasonForChange\": \"x\"}").status())
        .as("only investigators override")
        .isEqualTo(403);
    Api investigator = new Api(base).as("investigator-osk");
    Api.Reply noReason = investigator.post(override, "{\"response\": \"PR\"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.errorFor("reasonForChange")).isNotBlank();
    Api.Reply overridden =
        investigator.post(
            override, "{\"response\": \"PR\", \"reasonForChange\": \"Residual node on review\"}");
    assertThat(overridden.status()).as(overridden.toString()).isEqualTo(200);
    assertThat(overridden.object().getString("computedResponse")).isEqualTo("CR");
    assertThat(overridden.object().getString("overrideResponse")).isEqualTo("PR");
    assertThat(overridden.object().getString("response")).isEqualTo("PR");
    JsonObject all = osk.get(path).object();
    assertThat(all.getString("bestResponse")).isEqualTo("PR");
    assertThat(
            new Api(base)
                .as("admin")
                .get(
                    "audit?entity=TumourAssessment&key="
                        + code
                        + "/subjects/OSK-001/assessments/"
                        + id)
                .array()
                .getValuesAs(JsonObject.class))
        .anySatisfy(
            r -> assertThat(r.getString("reason", "")).isEqualTo("Residual node on review"));

    Api.Reply voided = osk.post(path + "/" + id + "/void", "{\"reasonForChange\": \"Wrong scan\"}");
    assertThat(voided.status()).isEqualTo(200);
    assertThat(voided.object().getBoolean("voided")).isTrue();
    assertThat(osk.get(path).object().getJsonArray("assessments")).hasSize(2);
    assertThat(new Api(base).as("coordinator-kob").get(path).status())
        .as("another site's subject")
        .isEqualTo(404);
    assertThat(new Api(base).as("monitor").post(path, "{}").status()).isEqualTo(403);
  }

  @Test
  void badAssessmentsAreRefusedWithTheFieldNamed() {
    HistoricalTrial trial = HistoricalTrial.of(api, code, false, List.of("IL2"));
    Api osk = new Api(base).as("coordinator-osk");
    String path = trial.path(0, "assessments");
    String six =
        "["
            + String.join(
                ",",
                List.of(
                    t("LIVER", 20),
                    t("LIVER", 20),
                    t("LUNG", 20),
                    t("LUNG", 20),
                    t("BONE", 20),
                    t("ADRENAL", 20)))
            + "]";
    assertThat(refused(osk, path, baseline(trial, six), "targets")).contains("5");
    assertThat(
            refused(
                osk,
                path,
                baseline(
                    trial,
                    "[" + t("LIVER", 20) + "," + t("LIVER", 20) + "," + t("LIVER", 20) + "]"),
                "targets[2].organ"))
        .contains("2");
    assertThat(
            refused(osk, path, baseline(trial, "[" + t("LIVER", 9) + "]"), "targets[0].diameter"))
        .contains("10");
    assertThat(
            refused(
                osk, path, baseline(trial, "[" + t("LYMPH_NODE", 14) + "]"), "targets[0].diameter"))
        .contains("15");
    refused(osk, path, baseline(trial, "[" + t("LIVER", -3) + "]"), "targets[0].diameter");
    refused(
        osk,
        path,
        baseline(trial, "[{\"organ\": \"LIVER\", \"diameter\": \"abc\"}]"),
        "targets[0].diameter");
    refused(
        osk,
        path,
        baseline(trial, "[{\"organ\": \"LIVER\", \"diameter\": 12.5}]"),
        "targets[0].diameter");
    refused(
        osk,
        path,
        baseline(trial, "[{\"organ\": \"HEART\", \"diameter\": 12}]"),
        "targets[0].organ");
    assertThat(osk.get(path).object().getJsonArray("assessments"))
        .as("nothing half-saved")
        .isEmpty();
    Api.Reply noBaseline = osk.post(path, timePoint(trial.day(30), 10));
    assertThat(noBaseline.status()).isEqualTo(409);

    assertThat(osk.post(path, baseline(trial, "[" + t("LIVER", 20) + "]")).status()).isEqualTo(201);
    assertThat(refused(osk, path, timePoint(trial.day(5), 10), "assessedOn"))
        .contains(trial.day(10).toString());
    refused(osk, path, timePoint(SiteDates.today().plusDays(2), 10), "assessedOn");
    refused(
        osk,
        path,
        """
        {"assessedOn": "%s", "baseline": false, "targets": [{"diameter": 10}, {"diameter": 10}]}"""
            .formatted(trial.day(40)),
        "targets");
  }

  @Test
  void badFollowUpsAreRefusedWithTheFieldNamed() {
    HistoricalTrial trial = HistoricalTrial.of(api, code, false, List.of("IL2"));
    Api osk = new Api(base).as("coordinator-osk");
    String path = trial.path(0, "follow-ups");
    assertThat(
            refused(
                osk,
                path,
                """
                {"contactDate": "%s", "vitalStatus": "ALIVE",
                 "recurrence": {"date": "%s", "location": "EXTRAHEPATIC"}}"""
                    .formatted(trial.day(20), trial.day(-3)),
                "recurrence.date"))
        .contains(trial.day0.toString());
    refused(osk, path, followUp(trial.day(-1), "ALIVE", null), "contactDate");
    refused(osk, path, followUp(SiteDates.today().plusDays(1), "ALIVE", null), "contactDate");
    refused(osk, path, followUp(trial.day(20), "DEAD", null), "deathDate");
    refused(osk, path, followUp(trial.day(20), "ALIVE", trial.day(20)), "deathDate");
    refused(
        osk,
        path,
        "{\"contactDate\": \"%s\", \"vitalStatus\": \"yes\"}".formatted(trial.day(20)),
        "vitalStatus");
    refused(
        osk,
        path,
        """
        {"contactDate": "%s", "vitalStatus": "DEAD", "deathDate": "%s", "deathCause": "DISEASE",
         "recurrence": {"date": "%s", "location": "BOTH"}}"""
            .formatted(trial.day(50), trial.day(50), trial.day(60)),
        "recurrence.date");
    assertThat(osk.get(path).array()).as("nothing half-saved").isEmpty();

    assertThat(osk.post(path, followUp(trial.day(50), "DEAD", trial.day(50))).status())
        .isEqualTo(201);
    assertThat(refused(osk, path, followUp(trial.day(80), "ALIVE", null), "contactDate"))
        .contains(trial.day(50).toString());
    assertThat(
            new Api(base)
                .as("monitor")
                .get("trials/" + code + "/subjects/OSK-001")
                .object()
                .getString("status"))
        .isEqualTo("DIED");
  }

  private static String refused(Api caller, String path, String body, String field) {
    Api.Reply reply = caller.post(path, body);
    assertThat(reply.status()).as(body + " → " + reply).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    String message = reply.errorFor(field);
    assertThat(message).as("the error names " + field + ": " + reply).isNotBlank();
    return message;
  }

  private static String timePoint(java.time.LocalDate on, int mm) {
    return """
        {"assessedOn": "%s", "baseline": false, "targets": [{"diameter": %d}]}"""
        .formatted(on, mm);
  }

  private static String t(String organ, int mm) {
    return "{\"organ\": \"%s\", \"diameter\": %d}".formatted(organ, mm);
  }

  private static String baseline(HistoricalTrial trial, String targets) {
    return """
        {"assessedOn": "%s", "baseline": true, "targets": %s}"""
        .formatted(trial.day(10), targets);
  }

  private static String followUp(java.time.LocalDate on, String status, java.time.LocalDate death) {
    return """
        {"contactDate": "%s", "vitalStatus": "%s", "deathDate": %s, "deathCause": %s}"""
        .formatted(
            on,
            status,
            death == null ? "null" : "\"" + death + "\"",
            death == null ? "null" : "\"DISEASE\"");
  }
}
