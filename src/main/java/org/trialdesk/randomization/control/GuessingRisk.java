package org.trialdesk.randomization.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The selection-bias risk of permuted blocks (Blackwell and Hodges 1957): the expected proportion
 * of assignments an observer guesses right who knows the design and all earlier assignments and
 * always guesses the arm furthest behind its share of the block (the convergence strategy). 0.5 for
 * two arms would be no better than a coin; fixed blocks of 2 give 0.75.
 */
public final class GuessingRisk {

  private GuessingRisk() {}

  /** For blocks whose size is drawn uniformly from {@code sizes}. */
  public static double correctGuessProbability(List<ArmRatio> arms, List<Integer> sizes) {
    double correct = 0;
    double places = 0;
    for (int size : sizes) {
      correct += expectedCorrectInBlock(arms, size);
      places += size;
    }
    return correct / places;
  }

  /**
   * Expected number of correct guesses in one block. With r_k places of arm k left, the next
   * assignment is arm k with probability r_k / Σr, and the observer is right with probability max
   * r_k / Σr (ties in the guess do not change that).
   */
  public static double expectedCorrectInBlock(List<ArmRatio> arms, int size) {
    int ratioSum = ArmRatio.sum(arms);
    int[] remaining = arms.stream().mapToInt(a -> size / ratioSum * a.ratio()).toArray();
    return expected(remaining, new HashMap<>());
  }

  private static double expected(int[] remaining, Map<String, Double> memo) {
    int total = 0;
    int most = 0;
    for (int r : remaining) {
      total += r;
      most = Math.max(most, r);
    }
    if (total == 0) {
      return 0;
    }
    String key = java.util.Arrays.toString(remaining);
    Double known = memo.get(key);
    if (known != null) {
      return known;
    }
    double value = (double) most / total;
    for (int k = 0; k < remaining.length; k++) {
      if (remaining[k] > 0) {
        int[] next = remaining.clone();
        next[k]--;
        value += (double) remaining[k] / total * expected(next, memo);
      }
    }
    memo.put(key, value);
    return value;
  }
}
