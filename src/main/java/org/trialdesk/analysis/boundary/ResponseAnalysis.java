package org.trialdesk.analysis.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.trialdesk.analysis.control.BinomialInterval;

/**
 * Best overall responses per arm (or pooled) among evaluable subjects (randomized with a baseline
 * assessment): the counts, the response rate (CR + PR) / n with its 95% interval, exact
 * Clopper–Pearson unless Wilson is asked for, and each subject's deepest change for the waterfall.
 */
@ApplicationScoped
public class ResponseAnalysis {

  @Inject AnalysisData data;

  public record ArmResponse(
      String arm,
      int n,
      int cr,
      int pr,
      int sd,
      int pd,
      int ne,
      Double rate,
      Double lower,
      Double upper) {

    /** {@link #ne()} for the pages: {@code ne} is a reserved word of the expression language. */
    public int notEvaluable() {
      return ne;
    }
  }

  public record Bar(String subjectId, String arm, BigDecimal bestChange, String bestResponse) {}

  public record Result(String method, List<ArmResponse> arms, List<Bar> waterfall) {}

  public Result of(String trialCode, String method) {
    return of(
        data.of(trialCode),
        SurvivalAnalysis.parse(
            BinomialInterval.Method.class,
            "method",
            method,
            BinomialInterval.Method.CLOPPER_PEARSON));
  }

  public Result of(AnalysisData.DataSet set, BinomialInterval.Method method) {
    List<ArmResponse> arms = new ArrayList<>();
    List<Bar> bars = new ArrayList<>();
    for (String group : set.groups()) {
      int[] counts = new int[5];
      List<AnalysisData.Row> evaluable =
          set.of(group).stream().filter(r -> r.bestResponse() != null).toList();
      for (AnalysisData.Row r : evaluable) {
        counts[List.of("CR", "PR", "SD", "PD", "NE").indexOf(r.bestResponse())]++;
        if (r.bestChange() != null) {
          bars.add(new Bar(r.subjectId(), group, r.bestChange(), r.bestResponse()));
        }
      }
      int n = evaluable.size();
      int responders = counts[0] + counts[1];
      BinomialInterval.Interval interval = BinomialInterval.of(method, responders, n, 0.95);
      arms.add(
          new ArmResponse(
              group,
              n,
              counts[0],
              counts[1],
              counts[2],
              counts[3],
              counts[4],
              n == 0 ? null : responders / (double) n,
              interval.lower(),
              interval.upper()));
    }
    // The waterfall: growth on the left, the deepest shrinkage on the right.
    bars.sort(Comparator.comparing(Bar::bestChange).reversed());
    return new Result(method.name(), arms, bars);
  }
}
