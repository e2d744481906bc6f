package org.trialdesk.randomization.ui;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trialdesk.randomization.boundary.AllocationLog;
import org.trialdesk.randomization.entity.Stratum;
import org.trialdesk.trial.entity.StratificationFactor;
import org.trialdesk.trial.entity.Trial;

/**
 * The balance report as a monitor reads it: one table per view (overall, by site, by factor, by
 * stratum) with a column per arm and a total, every site, factor and level by its name, and a bar
 * chart per factor whose numbers are the table beside it.
 */
public final class BalanceTables implements Serializable {

  private static final long serialVersionUID = 1L;

  public record ArmColumn(String code, String name) implements Serializable {}

  /** One line of a table; {@code label} is null for the one stratum of an unstratified trial. */
  public record Row(String label, Map<String, Long> perArm, long total) implements Serializable {}

  public record FactorTable(String name, List<Row> rows, String chart) implements Serializable {}

  private final List<ArmColumn> arms;
  private final Row overall;
  private final List<Row> bySite;
  private final List<FactorTable> byFactor = new ArrayList<>();
  private final List<Row> byStratum = new ArrayList<>();

  BalanceTables(
      AllocationLog.BalanceReport report,
      Trial trial,
      Map<String, String> siteNames,
      Locale reader) {
    arms =
        report.arms().stream()
            .map(code -> new ArmColumn(code, trial.armName(code, reader)))
            .toList();
    overall = row(null, report.overall());
    bySite = rows(report.bySite(), code -> siteNames.getOrDefault(code, code));
    for (StratificationFactor factor : trial.getFactors()) {
      Map<String, Map<String, Long>> levels = report.byFactor().get(factor.getCode());
      if (levels != null && !factor.isSite()) {
        List<Row> rows =
            rows(levels, level -> levelName(trial, factor.getCode(), level, siteNames, reader));
        byFactor.add(new FactorTable(factor.name(reader), rows, chart(rows)));
      }
    }
    report
        .byStratum()
        .forEach(
            (key, perArm) ->
                byStratum.add(row(stratumLabel(trial, key, siteNames, reader), perArm)));
  }

  private List<Row> rows(
      Map<String, Map<String, Long>> counts, java.util.function.UnaryOperator<String> label) {
    return counts.entrySet().stream().map(e -> row(label.apply(e.getKey()), e.getValue())).toList();
  }

  private Row row(String label, Map<String, Long> perArm) {
    return new Row(label, perArm, perArm.values().stream().mapToLong(Long::longValue).sum());
  }

  /**
   * {@code site=OSK;resectability=R} as {@code Site: Osaka … · Resectability: Resectable}; null for
   * the one stratum of a trial that is not stratified.
   */
  static String stratumLabel(
      Trial trial, String key, Map<String, String> siteNames, Locale reader) {
    if (Stratum.WHOLE_TRIAL.key().equals(key)) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (String pair : key.split(";")) {
      String[] factorLevel = pair.split("=", 2);
      String factor = factorLevel[0];
      String level = factorLevel.length > 1 ? factorLevel[1] : "";
      parts.add(
          factorName(trial, factor, reader)
              + ": "
              + levelName(trial, factor, level, siteNames, reader));
    }
    return String.join(" · ", parts);
  }

  static String factorName(Trial trial, String factor, Locale reader) {
    return trial.getFactors().stream()
        .filter(f -> f.getCode().equals(factor))
        .map(f -> f.name(reader))
        .findFirst()
        .orElse(factor);
  }

  static String levelName(
      Trial trial, String factor, String level, Map<String, String> sites, Locale reader) {
    return trial.getFactors().stream()
        .filter(f -> f.getCode().equals(factor))
        .findFirst()
        .map(f -> f.isSite() ? sites.getOrDefault(level, level) : f.levelName(level, reader))
        .orElse(level);
  }

  /** A grouped bar chart of {@code rows}, one bar per arm, as Chart.js configuration. */
  String chart(List<Row> rows) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (ArmColumn arm : arms) {
      JsonArrayBuilder counts = Json.createArrayBuilder();
      rows.forEach(r -> counts.add(r.perArm().getOrDefault(arm.code(), 0L)));
      datasets.add(Json.createObjectBuilder().add("label", arm.name()).add("data", counts));
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    rows.forEach(r -> labels.add(r.label()));
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
        .build()
        .toString();
  }

  public List<ArmColumn> getArms() {
    return arms;
  }

  public Row getOverall() {
    return overall;
  }

  public List<Row> getBySite() {
    return bySite;
  }

  public String getSiteChart() {
    return chart(bySite);
  }

  public List<FactorTable> getByFactor() {
    return byFactor;
  }

  public List<Row> getByStratum() {
    return byStratum;
  }
}
