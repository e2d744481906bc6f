package org.trialdesk.analysis.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.trialdesk.analysis.control.KaplanMeier;
import org.trialdesk.analysis.control.LogRank;
import org.trialdesk.analysis.control.SurvivalTime;
import org.trialdesk.platform.error.InvalidInputException;

/**
 * Kaplan–Meier curves per arm (or pooled) and the log-rank test across arms, for overall survival
 * (death from any cause) or disease-free survival (recurrence or death), from randomization.
 */
@ApplicationScoped
public class SurvivalAnalysis {

  @Inject AnalysisData data;

  public enum Endpoint {
    OS,
    DFS
  }

  /** Days, weeks or months (of 365.25 / 12 days): only the scale of the times changes. */
  public enum Unit {
    DAYS(1),
    WEEKS(7),
    MONTHS(365.25 / 12);

    final double days;

    Unit(double days) {
      this.days = days;
    }
  }

  public record ArmCurve(
      String arm,
      int n,
      int events,
      Double median,
      Double medianLower,
      Double medianUpper,
      List<KaplanMeier.Step> table) {}

  public record Test(Double chiSquare, int df, Double p) {}

  public record Result(String endpoint, String unit, List<ArmCurve> arms, Test logRank) {}

  public Result of(String trialCode, String endpoint, String unit) {
    return of(
        data.of(trialCode),
        parse(Endpoint.class, "endpoint", endpoint, Endpoint.OS),
        parse(Unit.class, "unit", unit, Unit.DAYS));
  }

  public Result of(AnalysisData.DataSet set, Endpoint endpoint, Unit unit) {
    List<ArmCurve> arms = new ArrayList<>();
    List<List<SurvivalTime>> groups = new ArrayList<>();
    for (String group : set.groups()) {
      List<SurvivalTime> times = set.of(group).stream().map(r -> time(r, endpoint)).toList();
      groups.add(times);
      KaplanMeier.Curve curve = KaplanMeier.estimate(times).scaled(unit.days);
      arms.add(
          new ArmCurve(
              group,
              curve.n(),
              curve.events(),
              curve.median(),
              curve.medianLower(),
              curve.medianUpper(),
              curve.table()));
    }
    LogRank.Result test = LogRank.test(groups);
    return new Result(
        endpoint.name(), unit.name(), arms, new Test(test.chiSquare(), test.df(), test.p()));
  }

  /** A subject's time in days: to the event, else censored at the last contact. */
  static SurvivalTime time(AnalysisData.Row row, Endpoint endpoint) {
    LocalDate event =
        endpoint == Endpoint.OS ? row.deathDate() : earliest(row.recurrenceDate(), row.deathDate());
    return event != null
        ? SurvivalTime.event(ChronoUnit.DAYS.between(row.randomizedOn(), event))
        : SurvivalTime.censored(ChronoUnit.DAYS.between(row.randomizedOn(), row.lastContact()));
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }

  /** A query parameter's enum value; a missing one is the default, an unknown one a 400. */
  static <E extends Enum<E>> E parse(Class<E> type, String field, String value, E otherwise) {
    if (value == null || value.isEmpty()) {
      return otherwise;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    throw new InvalidInputException(
        field,
        "analysis.parameter.unknown",
        value,
        java.util.Arrays.toString(type.getEnumConstants()));
  }
}
