package org.trialdesk.analysis.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.trialdesk.analysis.boundary.AnalysisCsv;
import org.trialdesk.analysis.boundary.SurvivalAnalysis;
import org.trialdesk.analysis.control.KaplanMeier;
import org.trialdesk.analysis.control.ReportCharts;
import org.trialdesk.enrollment.boundary.EnrollmentService;
import org.trialdesk.platform.ui.Downloads;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.trial.entity.Trial;

/**
 * Kaplan–Meier curves per arm with censor marks and the numbers at risk under the plot, medians
 * with their intervals, the log-rank test; endpoint and time unit chosen on the page.
 */
@Named
@ViewScoped
public class SurvivalPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int[] STEPS = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000};

  @Inject SurvivalAnalysis survival;
  @Inject EnrollmentService enrollment;

  private String trialCode;
  private SurvivalAnalysis.Endpoint endpoint = SurvivalAnalysis.Endpoint.OS;
  private SurvivalAnalysis.Unit unit = SurvivalAnalysis.Unit.MONTHS;
  private SurvivalAnalysis.Result result;
  private Trial trial;

  public void load() {
    result = PageParameters.found(() -> survival.of(trialCode, endpoint.name(), unit.name()));
    trial = result == null ? null : enrollment.trialOf(trialCode);
  }

  public String armName(String code) {
    return ReportText.arm(trial, code);
  }

  public String getChart() {
    return ReportCharts.survival(
        result.arms().stream()
            .map(a -> new ReportCharts.Curve(armName(a.arm()), a.table()))
            .toList(),
        ReportText.text("survival.time", ReportText.text("enum.Unit." + unit)),
        ReportText.text("survival.probability." + endpoint),
        ReportText.text("survival.censored"));
  }

  /** The times under the plot: from 0 in even steps, about six of them, to the last time. */
  public List<Double> getRiskTimes() {
    double last =
        result.arms().stream()
            .flatMap(a -> a.table().stream())
            .mapToDouble(KaplanMeier.Step::time)
            .max()
            .orElse(0);
    int step = STEPS[STEPS.length - 1];
    for (int candidate : STEPS) {
      if (candidate * 6 >= last) {
        step = candidate;
        break;
      }
    }
    List<Double> times = new ArrayList<>();
    for (double t = 0; t <= last; t += step) {
      times.add(t);
    }
    return times;
  }

  /** Subjects of an arm still at risk at time {@code t}. */
  public int atRisk(SurvivalAnalysis.ArmCurve arm, double t) {
    return arm.table().stream()
        .filter(s -> s.time() >= t)
        .findFirst()
        .map(KaplanMeier.Step::atRisk)
        .orElse(0);
  }

  public StreamedContent getCsv() {
    return Downloads.csv(
        "survival-" + trialCode + "-" + endpoint + "-" + unit + ".csv",
        AnalysisCsv.survival(result));
  }

  public SurvivalAnalysis.Endpoint[] getEndpoints() {
    return SurvivalAnalysis.Endpoint.values();
  }

  public SurvivalAnalysis.Unit[] getUnits() {
    return SurvivalAnalysis.Unit.values();
  }

  public String getTrialCode() {
    return trialCode;
  }

  public void setTrialCode(String trialCode) {
    this.trialCode = trialCode;
  }

  public SurvivalAnalysis.Endpoint getEndpoint() {
    return endpoint;
  }

  public void setEndpoint(SurvivalAnalysis.Endpoint endpoint) {
    this.endpoint = endpoint;
  }

  public SurvivalAnalysis.Unit getUnit() {
    return unit;
  }

  public void setUnit(SurvivalAnalysis.Unit unit) {
    this.unit = unit;
  }

  public SurvivalAnalysis.Result getResult() {
    return result;
  }
}
