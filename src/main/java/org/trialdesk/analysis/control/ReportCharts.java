package org.trialdesk.analysis.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The reports' charts as Chart.js configurations (JSON the page hands to Chart.js in a data
 * attribute, never as script). Every text in them comes from the caller, in the reader's language.
 */
public final class ReportCharts {

  /** Colours that stay apart for readers with red–green colour blindness (Okabe–Ito). */
  private static final List<String> COLOURS =
      List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9");

  private ReportCharts() {}

  public static String colour(int index) {
    return COLOURS.get(index % COLOURS.size());
  }

  /** One arm's curve and its name as shown. */
  public record Curve(String name, List<KaplanMeier.Step> steps) {}

  /**
   * Kaplan–Meier step curves, one per arm, with a cross where subjects were censored; {@code
   * censoredLabel} names the crosses in the legend.
   */
  public static String survival(
      List<Curve> curves, String timeTitle, String survivalTitle, String censoredLabel) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int i = 0; i < curves.size(); i++) {
      Curve curve = curves.get(i);
      JsonArrayBuilder line = Json.createArrayBuilder().add(point(0, 1));
      JsonArrayBuilder crosses = Json.createArrayBuilder();
      double before = 1;
      for (KaplanMeier.Step step : curve.steps()) {
        // A step down: the level before the time, then the level after it.
        line.add(point(step.time(), before)).add(point(step.time(), step.survival()));
        if (step.censored() > 0) {
          crosses.add(point(step.time(), step.survival()));
        }
        before = step.survival();
      }
      datasets.add(
          Json.createObjectBuilder()
              .add("label", curve.name())
              .add("data", line)
              .add("showLine", true)
              .add("pointRadius", 0)
              .add("borderWidth", 2)
              .add("borderColor", colour(i))
              .add("backgroundColor", colour(i)));
      datasets.add(
          Json.createObjectBuilder()
              .add("label", curve.name() + " · " + censoredLabel)
              .add("data", crosses)
              .add("pointStyle", "cross")
              .add("pointRadius", 6)
              .add("borderColor", colour(i))
              .add("backgroundColor", colour(i)));
    }
    return Json.createObjectBuilder()
        .add("type", "scatter")
        .add("data", Json.createObjectBuilder().add("datasets", datasets))
        .add(
            "options",
            options()
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("x", axis(timeTitle).add("min", 0))
                        .add("y", axis(survivalTitle).add("min", 0).add("max", 1))))
        .build()
        .toString();
  }

  /** One bar series of a bar chart. */
  public record Series(String name, List<? extends Number> values) {}

  /** A bar chart ({@code horizontal} for long labels such as exclusion reasons). */
  public static String bars(
      List<String> labels, List<Series> series, String valueTitle, boolean horizontal) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int i = 0; i < series.size(); i++) {
      datasets.add(dataset(series.get(i), colour(i)).add("type", "bar"));
    }
    JsonObjectBuilder scales = Json.createObjectBuilder();
    // Counts of subjects: whole numbers on the axis.
    scales.add(
        horizontal ? "x" : "y",
        axis(valueTitle)
            .add("beginAtZero", true)
            .add("ticks", Json.createObjectBuilder().add("precision", 0)));
    JsonObjectBuilder options = options().add("scales", scales);
    if (horizontal) {
      options.add("indexAxis", "y");
    }
    return chart("bar", labels, datasets, options);
  }

  /** A line chart over {@code labels} (months), e.g. cumulative enrollment against its target. */
  public static String lines(List<String> labels, List<Series> series, String valueTitle) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int i = 0; i < series.size(); i++) {
      JsonObjectBuilder line =
          dataset(series.get(i), colour(i))
              .add("fill", false)
              .add("tension", 0)
              .add("pointRadius", 0);
      // The series after the first are references (a target): dashed.
      datasets.add(i == 0 ? line : line.add("borderDash", Json.createArrayBuilder().add(6).add(4)));
    }
    return chart(
        "line",
        labels,
        datasets,
        options()
            .add(
                "scales",
                Json.createObjectBuilder().add("y", axis(valueTitle).add("beginAtZero", true))));
  }

  /** A waterfall: one bar per subject, coloured by best response, best change in %. */
  public static String waterfall(
      List<String> subjects, List<BigDecimal> changes, List<String> colours, String changeTitle) {
    JsonArrayBuilder values = Json.createArrayBuilder();
    changes.forEach(values::add);
    JsonArrayBuilder fills = Json.createArrayBuilder();
    colours.forEach(fills::add);
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("label", changeTitle)
                    .add("data", values)
                    .add("backgroundColor", fills));
    return chart(
        "bar",
        subjects,
        datasets,
        options()
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add("legend", Json.createObjectBuilder().add("display", false)))
            .add("scales", Json.createObjectBuilder().add("y", axis(changeTitle))));
  }

  private static JsonObjectBuilder dataset(Series series, String colour) {
    JsonArrayBuilder values = Json.createArrayBuilder();
    series
        .values()
        .forEach(
            v -> values.add(v == null ? Json.createValue(0) : Json.createValue(v.doubleValue())));
    return Json.createObjectBuilder()
        .add("label", series.name())
        .add("data", values)
        .add("borderColor", colour)
        .add("backgroundColor", colour);
  }

  private static String chart(
      String type, List<String> labels, JsonArrayBuilder datasets, JsonObjectBuilder options) {
    JsonArrayBuilder names = Json.createArrayBuilder();
    labels.forEach(names::add);
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }

  private static JsonObjectBuilder options() {
    return Json.createObjectBuilder()
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("animation", false);
  }

  private static JsonObjectBuilder axis(String title) {
    return Json.createObjectBuilder()
        .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
  }

  private static JsonObjectBuilder point(double x, double y) {
    return Json.createObjectBuilder().add("x", x).add("y", y);
  }
}
