package org.trialdesk.analysis.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.trialdesk.analysis.control.KaplanMeier;
import org.trialdesk.platform.csv.SpreadsheetCsv;

/** The analysis files statisticians take to R or a spreadsheet. */
public final class AnalysisCsv {

  private AnalysisCsv() {}

  /**
   * One row per subject: arm, dates, event flags and times in days for both endpoints, best
   * response.
   */
  public static String dataSet(AnalysisData.DataSet set) {
    List<List<?>> rows = new ArrayList<>();
    for (AnalysisData.Row r : set.rows()) {
      var os = SurvivalAnalysis.time(r, SurvivalAnalysis.Endpoint.OS);
      var dfs = SurvivalAnalysis.time(r, SurvivalAnalysis.Endpoint.DFS);
      rows.add(
          Arrays.asList(
              r.subjectId(),
              r.site(),
              r.arm(),
              text(r.randomizedOn()),
              text(r.lastContact()),
              text(r.recurrenceDate()),
              text(r.deathDate()),
              (long) os.time(),
              os.event() ? 1 : 0,
              (long) dfs.time(),
              dfs.event() ? 1 : 0,
              r.bestResponse(),
              r.bestChange(),
              r.treated() ? 1 : 0,
              r.status()));
    }
    return SpreadsheetCsv.of(
        List.of(
            "subjectId",
            "siteCode",
            "arm",
            "randomizedOn",
            "lastContactOn",
            "recurrenceOn",
            "deathOn",
            "osDays",
            "osEvent",
            "dfsDays",
            "dfsEvent",
            "bestResponse",
            "bestChangePercent",
            "treated",
            "status"),
        rows);
  }

  /** The Kaplan–Meier tables of every arm, as the survival page shows them. */
  public static String survival(SurvivalAnalysis.Result result) {
    List<List<?>> rows = new ArrayList<>();
    for (SurvivalAnalysis.ArmCurve arm : result.arms()) {
      for (KaplanMeier.Step s : arm.table()) {
        rows.add(
            Arrays.asList(
                arm.arm(),
                s.time(),
                s.atRisk(),
                s.events(),
                s.censored(),
                s.survival(),
                s.stdErr(),
                s.lower(),
                s.upper()));
      }
    }
    return SpreadsheetCsv.of(
        List.of(
            "arm", "time", "atRisk", "events", "censored", "survival", "stdErr", "lower", "upper"),
        rows);
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
