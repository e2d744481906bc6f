package org.trialdesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.ApiTest;
import org.trialdesk.testsupport.HistoricalTrial;

/**
 * Survival, response, CONSORT and the analysis data set over REST, from records entered through the
 * API: the aml data of R's survival package (Miller 1981; the arm IL2 holds the "Maintained" group,
 * CHEMO the "Nonmaintained" one, times in days) give R's curves, medians and log-rank test
 * (src/test/resources/analysis); a blinded trial shows site staff pooled figures only.
 */
class AnalysisApiIT extends ApiTest {

  private record Observation(long days, boolean died, String arm) {}

  @Test
  void survivalOverTheApiIsRsOnTheAmlData() throws IOException {
    List<Observation> aml = aml();
    HistoricalTrial trial =
        HistoricalTrial.of(api, code, false, aml.stream().map(Observation::arm).toList());
    Api osk = new Api(base).as("coordinator-osk");
    for (int i = 0; i < aml.size(); i++) {
      Observation o = aml.get(i);
      String date = trial.day(o.days()).toString();
      Api.Reply recorded =
          osk.post(
              trial.path(i, "follow-ups"),
              o.died()
                  ? """
                    {"contactDate": "%s", "vitalStatus": "DEAD", "deathDate": "%s",
                     "deathCause": "DISEASE"}"""
                      .formatted(date, date)
                  : """
                    {"contactDate": "%s", "vitalStatus": "ALIVE"}"""
                      .formatted(date));
      assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    }
    JsonObject survival =
        new Api(base)
            .as("monitor")
            .get("trials/" + code + "/analysis/survival?endpoint=OS&unit=DAYS")
            .object();
    assertThat(survival.getString("endpoint")).isEqualTo("OS");
    List<JsonObject> arms = survival.getJsonArray("arms").getValuesAs(JsonObject.class);
    assertThat(arms).extracting(a -> a.getString("arm")).containsExactly("IL2", "CHEMO");
    // R: Maintained median 31 (18, NA), Nonmaintained 23 (8, NA); chi-square 3.3964 on 1 df.
    assertThat(arms.get(0).getJsonNumber("median").doubleValue()).isEqualTo(31.0);
    assertThat(arms.get(0).getJsonNumber("medianLower").doubleValue()).isEqualTo(18.0);
    assertThat(arms.get(0).isNull("medianUpper")).isTrue();
    assertThat(arms.get(1).getJsonNumber("median").doubleValue()).isEqualTo(23.0);
    assertThat(arms.get(1).getJsonNumber("medianLower").doubleValue()).isEqualTo(8.0);
    JsonObject logRank = survival.getJsonObject("logRank");
    assertThat(logRank.getJsonNumber("chiSquare").doubleValue()).isCloseTo(3.3964, within(0.5e-4));
    assertThat(logRank.getInt("df")).isEqualTo(1);
    assertThat(logRank.getJsonNumber("p").doubleValue()).isCloseTo(0.06534, within(0.5e-5));
    List<JsonObject> maintained = arms.get(0).getJsonArray("table").getValuesAs(JsonObject.class);
    // R: time 13, 10 at risk, 1 event, 1 censored, S 0.8182, std. err 0.1163, 0.6192 to 1.
    JsonObject t13 = maintained.get(1);
    assertThat(t13.getJsonNumber("time").doubleValue()).isEqualTo(13.0);
    assertThat(t13.getInt("atRisk")).isEqualTo(10);
    assertThat(t13.getInt("events")).isEqualTo(1);
    assertThat(t13.getInt("censored")).isEqualTo(1);
    assertThat(t13.getJsonNumber("survival").doubleValue()).isCloseTo(0.8182, within(0.5e-4));
    assertThat(t13.getJsonNumber("stdErr").doubleValue()).isCloseTo(0.1163, within(0.5e-4));
    assertThat(t13.getJsonNumber("lower").doubleValue()).isCloseTo(0.6192, within(0.5e-4));
    assertThat(t13.getJsonNumber("upper").doubleValue()).isEqualTo(1.0);

    JsonObject weeks =
        new Api(base)
            .as("monitor")
            .get("trials/" + code + "/analysis/survival?unit=WEEKS")
            .object();
    assertThat(weeks.getJsonArray("arms").getJsonObject(0).getJsonNumber("median").doubleValue())
        .as("only the scale of time changes")
        .isCloseTo(31.0 / 7, within(1e-9));
    assertThat(new Api(base).as("monitor").get("trials/" + code + "/analysis/survival?unit=YEARS"))
        .satisfies(r -> assertThat(r.status()).isEqualTo(400))
        .satisfies(r -> assertThat(r.errorFor("unit")).contains("YEARS"));

    // A recurrence makes disease-free survival shorter than overall survival for that subject.
    Api.Reply recurrence =
        osk.post(
            trial.path(2, "follow-ups"),
            """
            {"contactDate": "%s", "vitalStatus": "ALIVE",
             "recurrence": {"date": "%s", "location": "EXTRAHEPATIC"}}"""
                .formatted(trial.day(12), trial.day(10)));
    assertThat(recurrence.status()).as(recurrence.toString()).isEqualTo(201);
    JsonObject dfs =
        new Api(base)
            .as("monitor")
            .get("trials/" + code + "/analysis/survival?endpoint=DFS")
            .object();
    assertThat(dfs.getJsonArray("arms").getJsonObject(0).getInt("events"))
        .isEqualTo(arms.get(0).getInt("events") + 1);

    JsonObject consort = new Api(base).as("monitor").get("trials/" + code + "/consort").object();
    assertThat(consort.getInt("assessed")).isEqualTo(23);
    assertThat(consort.getInt("randomized")).isEqualTo(23);
    assertThat(consort.getInt("excluded")).isZero();
    assertThat(consort.getJsonArray("arms").getValuesAs(JsonObject.class))
        .extracting(a -> a.getInt("allocated"), a -> a.getInt("notReceived"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(11, 11),
            org.assertj.core.groups.Tuple.tuple(12, 12));

    String csv = csv(new Api(base).as("monitor"), "trials/" + code + "/analysis/data-set");
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).startsWith("subjectId,siteCode,arm,randomizedOn");
    assertThat(lines).hasSize(24);
    assertThat(lines.get(1)).startsWith("OSK-001,OSK,IL2," + trial.day0 + ",");
  }

  @Test
  void responseRatesCountBestResponsesWithExactBounds() {
    HistoricalTrial trial = HistoricalTrial.of(api, code, false, List.of("IL2", "IL2", "CHEMO"));
    Api osk = new Api(base).as("coordinator-osk");
    int[][] courses = {{40, 20}, {40, 0}, {40, 50}};
    for (int i = 0; i < courses.length; i++) {
      assertThat(
              osk.post(trial.path(i, "assessments"), baseline(trial.day(1), courses[i][0]))
                  .status())
          .isEqualTo(201);
      assertThat(
              osk.post(trial.path(i, "assessments"), timePoint(trial.day(60), courses[i][1]))
                  .status())
          .isEqualTo(201);
    }
    List<JsonObject> arms =
        new Api(base)
            .as("monitor")
            .get("trials/" + code + "/analysis/response")
            .object()
            .getJsonArray("arms")
            .getValuesAs(JsonObject.class);
    JsonObject il2 = arms.get(0);
    assertThat(il2.getInt("n")).isEqualTo(2);
    assertThat(il2.getInt("cr")).isEqualTo(1);
    assertThat(il2.getInt("pr")).isEqualTo(1);
    assertThat(il2.getJsonNumber("rate").doubleValue()).isEqualTo(1.0);
    // R: binom.test(2, 2) gives 0.1581139 to 1.
    assertThat(il2.getJsonNumber("lower").doubleValue()).isCloseTo(0.158114, within(0.5e-6));
    assertThat(il2.getJsonNumber("upper").doubleValue()).isEqualTo(1.0);
    JsonObject chemo = arms.get(1);
    assertThat(chemo.getInt("pd")).isEqualTo(1);
    assertThat(chemo.getJsonNumber("rate").doubleValue()).isZero();
    // R: binom.test(0, 1) gives 0 to 0.975.
    assertThat(chemo.getJsonNumber("upper").doubleValue()).isCloseTo(0.975, within(0.5e-6));
    JsonObject wilson =
        new Api(base)
            .as("monitor")
            .get("trials/" + code + "/analysis/response?method=WILSON")
            .object();
    assertThat(wilson.getString("method")).isEqualTo("WILSON");
    // R: prop.test(2, 2, correct = FALSE) gives 0.3423802 to 1.
    assertThat(wilson.getJsonArray("arms").getJsonObject(0).getJsonNumber("lower").doubleValue())
        .isCloseTo(0.342380, within(0.5e-6));
  }

  @Test
  void inABlindedTrialSiteStaffSeePooledFiguresOfTheirOwnSites() {
    HistoricalTrial trial = HistoricalTrial.of(api, code, true, List.of("IL2", "CHEMO"));
    Api osk = new Api(base).as("coordinator-osk");
    assertThat(
            osk.post(
                    trial.path(0, "follow-ups"),
                    """
                    {"contactDate": "%s", "vitalStatus": "DEAD", "deathDate": "%s",
                     "deathCause": "DISEASE"}"""
                        .formatted(trial.day(30), trial.day(30)))
                .status())
        .isEqualTo(201);
    for (String path : List.of("analysis/survival", "analysis/response", "consort")) {
      JsonObject pooled = osk.get("trials/" + code + "/" + path).object();
      List<JsonObject> arms = pooled.getJsonArray("arms").getValuesAs(JsonObject.class);
      assertThat(arms).as(path).hasSize(1);
      assertThat(arms.get(0).get("arm")).as(path).isEqualTo(JsonValue.NULL);
      assertThat(
              new Api(base)
                  .as("monitor")
                  .get("trials/" + code + "/" + path)
                  .object()
                  .getJsonArray("arms"))
          .as("the monitor sees the arms")
          .hasSize(2);
    }
    assertThat(csv(osk, "trials/" + code + "/analysis/data-set"))
        .doesNotContain(",IL2,")
        .doesNotContain(",CHEMO,");
    // Kobe's coordinator sees none of Osaka's subjects: an empty group, still well-formed.
    JsonObject none =
        new Api(base).as("coordinator-kob").get("trials/" + code + "/analysis/survival").object();
    JsonObject group = none.getJsonArray("arms").getJsonObject(0);
    assertThat(group.getInt("n")).isZero();
    assertThat(group.isNull("median")).isTrue();
    assertThat(none.getJsonObject("logRank").isNull("chiSquare")).isTrue();
    JsonObject rates =
        new Api(base).as("coordinator-kob").get("trials/" + code + "/analysis/response").object();
    assertThat(rates.getJsonArray("arms").getJsonObject(0).isNull("lower")).isTrue();
  }

  static String baseline(java.time.LocalDate on, int mm) {
    return """
        {"assessedOn": "%s", "baseline": true, "targets": [{"organ": "LIVER", "diameter": %d}]}"""
        .formatted(on, mm);
  }

  static String timePoint(java.time.LocalDate on, int mm) {
    return """
        {"assessedOn": "%s", "baseline": false, "targets": [{"diameter": %d}]}"""
        .formatted(on, mm);
  }

  private static String csv(Api caller, String path) {
    Api.Reply reply = caller.getCsv(path);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("text/csv");
    return reply.body();
  }

  /** The aml data as R's survival package ships it, in its order. */
  private static List<Observation> aml() throws IOException {
    try (InputStream in = AnalysisApiIT.class.getResourceAsStream("/analysis/aml-data.csv")) {
      List<Observation> rows = new ArrayList<>();
      for (String line :
          new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList()) {
        String[] cell = line.split(",");
        rows.add(
            new Observation(
                Long.parseLong(cell[0]),
                cell[1].equals("1"),
                cell[2].equals("Maintained") ? "IL2" : "CHEMO"));
      }
      return rows;
    }
  }
}
