package org.trialdesk.treatment.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One subject's course on one chart (a Chart.js configuration): each agent's doses as a share of
 * the planned dose, and each adverse event as a bar at its grade from onset to resolution (or to
 * today while it lasts), all against days since randomization. Doses whose plan the reader may not
 * know (a blinded trial) are left out rather than drawn at a made-up height.
 */
public final class TreatmentTimeline {

  private TreatmentTimeline() {}

  /** A dose given; {@code planned} is null when the reader may not know the arm's regimen. */
  public record Dose(LocalDate givenOn, String agent, BigDecimal given, BigDecimal planned) {}

  /**
   * An adverse event; {@code label} names it with its grade in the reader's language, {@code
   * resolvedOn} is null while it lasts.
   */
  public record Event(String label, int grade, LocalDate onset, LocalDate resolvedOn) {}

  /** The axis titles, in the reader's language. */
  public record Titles(String days, String percentOfPlanned, String grade) {}

  /** Percent of the planned dose, one decimal; null when there is no plan to compare with. */
  public static BigDecimal percentOfPlanned(BigDecimal given, BigDecimal planned) {
    if (given == null || planned == null || planned.signum() == 0) {
      return null;
    }
    return given.multiply(BigDecimal.valueOf(100)).divide(planned, 1, RoundingMode.HALF_UP);
  }

  /**
   * The planned dose when the dose was given in the plan's unit, else null: 4 mg against a plan of
   * 700 000 U compares nothing.
   */
  public static BigDecimal plannedInGivenUnit(
      BigDecimal planned, String plannedUnit, String givenUnit) {
    return givenUnit != null && givenUnit.equals(plannedUnit) ? planned : null;
  }

  public static String chart(
      LocalDate randomizedOn,
      LocalDate today,
      List<Dose> doses,
      List<Event> events,
      Titles titles) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    Map<String, JsonArrayBuilder> pointsByAgent = new LinkedHashMap<>();
    for (Dose dose : doses) {
      BigDecimal percent = percentOfPlanned(dose.given(), dose.planned());
      if (percent != null) {
        pointsByAgent
            .computeIfAbsent(dose.agent(), agent -> Json.createArrayBuilder())
            .add(point(day(randomizedOn, dose.givenOn()), percent));
      }
    }
    pointsByAgent.forEach(
        (agent, points) ->
            datasets.add(
                Json.createObjectBuilder()
                    .add("type", "line")
                    .add("label", agent)
                    .add("yAxisID", "dose")
                    .add("data", points)));
    for (Event event : events) {
      LocalDate end = event.resolvedOn() == null ? today : event.resolvedOn();
      datasets.add(
          Json.createObjectBuilder()
              .add("type", "line")
              .add("label", event.label())
              .add("yAxisID", "grade")
              .add("borderWidth", 6)
              .add("pointRadius", 0)
              .add(
                  "data",
                  Json.createArrayBuilder()
                      .add(
                          point(
                              day(randomizedOn, event.onset()), BigDecimal.valueOf(event.grade())))
                      .add(point(day(randomizedOn, end), BigDecimal.valueOf(event.grade())))));
    }
    return Json.createObjectBuilder()
        .add("type", "scatter")
        .add("data", Json.createObjectBuilder().add("datasets", datasets))
        .add("options", options(titles))
        .build()
        .toString();
  }

  private static long day(LocalDate randomizedOn, LocalDate date) {
    return ChronoUnit.DAYS.between(randomizedOn, date);
  }

  private static JsonObjectBuilder point(long x, BigDecimal y) {
    return Json.createObjectBuilder().add("x", x).add("y", y);
  }

  private static JsonObjectBuilder options(Titles titles) {
    return Json.createObjectBuilder()
        .add(
            "scales",
            Json.createObjectBuilder()
                .add("x", axis(titles.days()).add("type", "linear").add("ticks", integers()))
                .add(
                    "dose",
                    axis(titles.percentOfPlanned())
                        .add("position", "left")
                        .add("beginAtZero", true)
                        .add("suggestedMax", 100))
                .add(
                    "grade",
                    axis(titles.grade())
                        .add("position", "right")
                        .add("min", 0)
                        .add("max", 5)
                        .add("ticks", integers())
                        .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false))));
  }

  private static JsonObjectBuilder axis(String title) {
    return Json.createObjectBuilder()
        .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
  }

  private static JsonObjectBuilder integers() {
    return Json.createObjectBuilder().add("precision", 0);
  }
}
