package org.trialdesk.analysis.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Kaplan–Meier estimate with the conventions of R's {@code survival::survfit} (version 3.5):
 * S(t) just after t; at a tied time the events precede the censorings, so the censored are still at
 * risk; Greenwood's variance; a 95% interval on the log scale ({@code conf.type="log"}) whose upper
 * limit is capped at 1 and which is undefined where S is 0; the median read off the curve and its
 * bands the way {@code quantile.survfit} does.
 */
public final class KaplanMeier {

  private static final double Z = new NormalDistribution().inverseCumulativeProbability(0.975);

  private KaplanMeier() {}

  /**
   * One row per distinct time, events or censorings. {@code stdErr} is the standard error of S(t)
   * as {@code summary.survfit} prints it; it and the bounds are {@code null} where S(t) is 0.
   */
  public record Step(
      double time,
      int atRisk,
      int events,
      int censored,
      double survival,
      Double stdErr,
      Double lower,
      Double upper) {}

  /** A curve; the median and its bounds are {@code null} where not reached. */
  public record Curve(
      int n, int events, List<Step> table, Double median, Double medianLower, Double medianUpper) {

    /** The same curve with every time divided by {@code divisor} (days to weeks or months). */
    public Curve scaled(double divisor) {
      return new Curve(
          n,
          events,
          table.stream()
              .map(
                  s ->
                      new Step(
                          s.time() / divisor,
                          s.atRisk(),
                          s.events(),
                          s.censored(),
                          s.survival(),
                          s.stdErr(),
                          s.lower(),
                          s.upper()))
              .toList(),
          median == null ? null : median / divisor,
          medianLower == null ? null : medianLower / divisor,
          medianUpper == null ? null : medianUpper / divisor);
    }
  }

  public static Curve estimate(List<SurvivalTime> observations) {
    List<SurvivalTime> sorted =
        observations.stream().sorted(Comparator.comparingDouble(SurvivalTime::time)).toList();
    List<Step> table = new ArrayList<>();
    int atRisk = sorted.size();
    int totalEvents = 0;
    double survival = 1;
    double greenwood = 0;
    int i = 0;
    while (i < sorted.size()) {
      double time = sorted.get(i).time();
      int events = 0;
      int censored = 0;
      while (i < sorted.size() && sorted.get(i).time() == time) {
        if (sorted.get(i).event()) {
          events++;
        } else {
          censored++;
        }
        i++;
      }
      if (events > 0) {
        survival *= (atRisk - events) / (double) atRisk;
        greenwood += events / ((double) atRisk * (atRisk - events));
      }
      table.add(step(time, atRisk, events, censored, survival, greenwood));
      totalEvents += events;
      atRisk -= events + censored;
    }
    double[] times = table.stream().mapToDouble(Step::time).toArray();
    return new Curve(
        sorted.size(),
        totalEvents,
        List.copyOf(table),
        Quantile.median(times, table.stream().map(Step::survival).toList()),
        // The lower band falls to one half first: it gives the lower bound.
        Quantile.median(times, table.stream().map(Step::lower).toList()),
        Quantile.median(times, table.stream().map(Step::upper).toList()));
  }

  private static Step step(
      double time, int atRisk, int events, int censored, double survival, double greenwood) {
    if (survival == 0) {
      return new Step(time, atRisk, events, censored, 0, null, null, null);
    }
    double logSe = Math.sqrt(greenwood);
    return new Step(
        time,
        atRisk,
        events,
        censored,
        survival,
        survival * logSe,
        Math.exp(Math.log(survival) - Z * logSe),
        Math.min(1, Math.exp(Math.log(survival) + Z * logSe)));
  }
}
