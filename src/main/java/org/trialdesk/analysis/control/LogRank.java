package org.trialdesk.analysis.control;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * The log-rank test across groups as R's {@code survival::survdiff} (rho = 0) computes it: observed
 * and expected events per group, their variance matrix, and a chi-square on (groups with expected
 * events − 1) degrees of freedom. Groups with no expected events are left out, as R does.
 */
public final class LogRank {

  private LogRank() {}

  /**
   * The test; {@code chiSquare} and {@code p} are {@code null} when fewer than two groups count.
   */
  public record Result(Double chiSquare, int df, Double p, double[] observed, double[] expected) {}

  public static Result test(List<List<SurvivalTime>> groups) {
    int k = groups.size();
    TreeSet<Double> eventTimes = new TreeSet<>();
    groups.forEach(
        g -> g.stream().filter(SurvivalTime::event).forEach(o -> eventTimes.add(o.time())));
    double[] observed = new double[k];
    double[] expected = new double[k];
    double[][] variance = new double[k][k];
    for (double t : eventTimes) {
      double[] atRisk = new double[k];
      double[] events = new double[k];
      for (int g = 0; g < k; g++) {
        for (SurvivalTime o : groups.get(g)) {
          if (o.time() >= t) {
            atRisk[g]++;
          }
          if (o.time() == t && o.event()) {
            events[g]++;
          }
        }
      }
      double n = sum(atRisk);
      double d = sum(events);
      double spread = n > 1 ? d * (n - d) / (n - 1) : 0;
      for (int g = 0; g < k; g++) {
        observed[g] += events[g];
        expected[g] += atRisk[g] * d / n;
        for (int h = 0; h < k; h++) {
          variance[g][h] += spread * atRisk[g] / n * ((g == h ? 1 : 0) - atRisk[h] / n);
        }
      }
    }
    List<Integer> counted = new ArrayList<>();
    for (int g = 0; g < k; g++) {
      if (expected[g] > 0) {
        counted.add(g);
      }
    }
    int df = counted.size() - 1;
    if (df < 1) {
      return new Result(null, Math.max(df, 0), null, observed, expected);
    }
    // As R: the first counted group is left out, the rest solved against their variances.
    RealMatrix v = new Array2DRowRealMatrix(df, df);
    RealVector difference = new ArrayRealVector(df);
    for (int i = 0; i < df; i++) {
      int g = counted.get(i + 1);
      difference.setEntry(i, observed[g] - expected[g]);
      for (int j = 0; j < df; j++) {
        v.setEntry(i, j, variance[g][counted.get(j + 1)]);
      }
    }
    double chi = new LUDecomposition(v).getSolver().solve(difference).dotProduct(difference);
    double p = 1 - new ChiSquaredDistribution(df).cumulativeProbability(chi);
    return new Result(chi, df, p, observed, expected);
  }

  private static double sum(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum;
  }
}
