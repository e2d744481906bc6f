package org.trialdesk.treatment.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreatmentTimelineTest {

  private static final LocalDate RANDOMIZED = LocalDate.of(2026, 4, 1);
  private static final TreatmentTimeline.Titles TITLES =
      new TreatmentTimeline.Titles("days", "percent", "grade");

  @Test
  void aDoseIsDrawnAsItsShareOfThePlannedDoseOnTheDayCountedFromRandomization() {
    JsonObject chart =
        chart(
            List.of(
                new TreatmentTimeline.Dose(RANDOMIZED, "5-FU", bd("250"), bd("250")),
                new TreatmentTimeline.Dose(RANDOMIZED.plusDays(7), "5-FU", bd("187.5"), bd("250")),
                new TreatmentTimeline.Dose(RANDOMIZED.plusDays(7), "MMC", bd("4"), bd("4"))),
            List.of());

    JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
    assertThat(datasets).hasSize(2);
    JsonObject fluorouracil = datasets.getJsonObject(0);
    assertThat(fluorouracil.getString("label")).isEqualTo("5-FU");
    assertThat(fluorouracil.getString("yAxisID")).isEqualTo("dose");
    JsonArray points = fluorouracil.getJsonArray("data");
    assertThat(points.getJsonObject(0).getInt("x")).isZero();
    assertThat(points.getJsonObject(0).getJsonNumber("y").bigDecimalValue())
        .isEqualByComparingTo("100");
    assertThat(points.getJsonObject(1).getInt("x")).isEqualTo(7);
    assertThat(points.getJsonObject(1).getJsonNumber("y").bigDecimalValue())
        .isEqualByComparingTo("75");
  }

  @Test
  void aDoseWithoutAKnownPlanIsLeftOutRatherThanDrawnAtAMadeUpHeight() {
    JsonObject chart =
        chart(
            List.of(new TreatmentTimeline.Dose(RANDOMIZED, "IL-2", bd("700000"), null)), List.of());

    assertThat(chart.getJsonObject("data").getJsonArray("datasets")).isEmpty();
    assertThat(TreatmentTimeline.percentOfPlanned(bd("1"), BigDecimal.ZERO)).isNull();
  }

  @Test
  void aDoseInAnotherUnitThanThePlanHasNoShareOfIt() {
    assertThat(TreatmentTimeline.plannedInGivenUnit(bd("700000"), "U", "U"))
        .isEqualByComparingTo("700000");
    assertThat(TreatmentTimeline.plannedInGivenUnit(bd("700000"), "U", "MG")).isNull();
    assertThat(TreatmentTimeline.plannedInGivenUnit(bd("4"), null, "MG"))
        .as("plan unknown to the reader")
        .isNull();
  }

  @Test
  void anAdverseEventSpansOnsetToResolutionAtItsGradeAndALastingOneRunsToToday() {
    JsonObject chart =
        chart(
            List.of(),
            List.of(
                new TreatmentTimeline.Event(
                    "Fever · Grade 2", 2, RANDOMIZED.plusDays(2), RANDOMIZED.plusDays(5)),
                new TreatmentTimeline.Event("Hypotension", 3, RANDOMIZED.plusDays(9), null)));

    JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
    JsonObject fever = datasets.getJsonObject(0);
    assertThat(fever.getString("label")).isEqualTo("Fever · Grade 2");
    assertThat(fever.getString("yAxisID")).isEqualTo("grade");
    assertThat(xs(fever)).containsExactly(2, 5);
    assertThat(fever.getJsonArray("data").getJsonObject(0).getInt("y")).isEqualTo(2);
    assertThat(xs(datasets.getJsonObject(1))).containsExactly(9, 30);
  }

  @Test
  void theAxesCarryTheTitlesGivenAndTheGradeAxisRunsFromZeroToFive() {
    JsonObject scales =
        chart(List.of(), List.of()).getJsonObject("options").getJsonObject("scales");

    assertThat(scales.getJsonObject("x").getJsonObject("title").getString("text"))
        .isEqualTo("days");
    assertThat(scales.getJsonObject("grade").getInt("max")).isEqualTo(5);
    assertThat(scales.getJsonObject("dose").getJsonObject("title").getString("text"))
        .isEqualTo("percent");
  }

  private static JsonObject chart(
      List<TreatmentTimeline.Dose> doses, List<TreatmentTimeline.Event> events) {
    String json =
        TreatmentTimeline.chart(RANDOMIZED, RANDOMIZED.plusDays(30), doses, events, TITLES);
    return Json.createReader(new StringReader(json)).readObject();
  }

  private static List<Integer> xs(JsonObject dataset) {
    return dataset.getJsonArray("data").stream().map(p -> p.asJsonObject().getInt("x")).toList();
  }

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }
}
