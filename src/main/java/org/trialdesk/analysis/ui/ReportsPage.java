package org.trialdesk.analysis.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.trialdesk.analysis.boundary.Dashboard;
import org.trialdesk.analysis.control.Consort;
import org.trialdesk.analysis.control.ReportCharts;
import org.trialdesk.enrollment.boundary.EnrollmentService;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.trial.entity.Trial;

/**
 * A trial's dashboard: enrollment over time against its target, subjects per site, why screened
 * subjects were not randomized, overdue SAE reports, and arm balance where arms may be known.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Dashboard dashboard;
  @Inject EnrollmentService enrollment;
  @Inject Clock clock;

  private String trialCode;
  private Dashboard.Figures figures;
  private Trial trial;

  public void load() {
    figures = PageParameters.found(() -> dashboard.of(trialCode));
    trial = figures == null ? null : enrollment.trialOf(trialCode);
  }

  /** Cumulative randomizations per month, from the first to this one, beside the target. */
  public String getEnrollmentChart() {
    List<String> months = new ArrayList<>();
    List<Integer> cumulative = new ArrayList<>();
    List<Integer> target = new ArrayList<>();
    if (!figures.randomizedPerMonth().isEmpty()) {
      YearMonth first = Collections.min(figures.randomizedPerMonth().keySet());
      YearMonth last = YearMonth.now(clock);
      int total = 0;
      for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
        total += figures.randomizedPerMonth().getOrDefault(m, 0);
        months.add(m.toString());
        cumulative.add(total);
        target.add(figures.target());
      }
    }
    List<ReportCharts.Series> series = new ArrayList<>();
    series.add(new ReportCharts.Series(ReportText.text("report.randomized"), cumulative));
    if (figures.target() != null) {
      series.add(new ReportCharts.Series(ReportText.text("trial.targetEnrollment"), target));
    }
    return ReportCharts.lines(months, series, ReportText.text("report.subjects"));
  }

  public String getSiteChart() {
    List<String> sites = List.copyOf(figures.perSite().keySet());
    return ReportCharts.bars(
        sites,
        List.of(
            new ReportCharts.Series(
                ReportText.text("report.screened"),
                sites.stream().map(s -> figures.perSite().get(s)[0]).toList()),
            new ReportCharts.Series(
                ReportText.text("report.randomized"),
                sites.stream().map(s -> figures.perSite().get(s)[1]).toList())),
        ReportText.text("report.subjects"),
        false);
  }

  public String getExclusionChart() {
    List<Consort.Reason> reasons = figures.notRandomized();
    return ReportCharts.bars(
        reasons.stream().map(r -> ReportText.reason(r.reason())).toList(),
        List.of(
            new ReportCharts.Series(
                ReportText.text("report.subjects"),
                reasons.stream().map(Consort.Reason::count).toList())),
        ReportText.text("report.subjects"),
        true);
  }

  public String getArmChart() {
    List<String> arms = List.copyOf(figures.arms().keySet());
    return ReportCharts.bars(
        arms.stream().map(a -> ReportText.arm(trial, a)).toList(),
        List.of(
            new ReportCharts.Series(
                ReportText.text("report.randomized"),
                arms.stream().map(a -> figures.arms().get(a)).toList())),
        ReportText.text("report.subjects"),
        false);
  }

  public String reason(String code) {
    return ReportText.reason(code);
  }

  public String getTrialCode() {
    return trialCode;
  }

  public void setTrialCode(String trialCode) {
    this.trialCode = trialCode;
  }

  public Dashboard.Figures getFigures() {
    return figures;
  }

  public Trial getTrial() {
    return trial;
  }
}
