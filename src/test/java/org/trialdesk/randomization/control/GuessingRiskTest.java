package org.trialdesk.randomization.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.util.CombinatoricsUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuessingRiskTest {

  /**
   * Blackwell and Hodges (1957), for 1:1 blocks of size 2m under the convergence strategy: the
   * expected number of correct guesses per block is m + 2^(2m−1) / C(2m, m) − 1/2; so 3/4, 17/24
   * and 41/60 of all assignments for blocks of 2, 4 and 6.
   */
  @ParameterizedTest
  @ValueSource(ints = {2, 4, 6})
  void fixedBlocksMatchTheClosedForm(int size) {
    int m = size / 2;
    double closedForm =
        (m + Math.pow(2, 2 * m - 1) / CombinatoricsUtils.binomialCoefficient(2 * m, m) - 0.5)
            / size;
    double computed =
        GuessingRisk.correctGuessProbability(PermutedBlocksTest.ONE_TO_ONE, List.of(size));
    assertThat(computed).isCloseTo(closedForm, within(1e-12));
  }

  @Test
  void knownValues() {
    List<ArmRatio> arms = PermutedBlocksTest.ONE_TO_ONE;
    assertThat(GuessingRisk.correctGuessProbability(arms, List.of(2))).isEqualTo(0.75);
    assertThat(GuessingRisk.correctGuessProbability(arms, List.of(4)))
        .isCloseTo(17.0 / 24, within(1e-12));
    assertThat(GuessingRisk.correctGuessProbability(arms, List.of(6)))
        .isCloseTo(41.0 / 60, within(1e-12));
  }

  @Test
  void largerAndRandomBlocksLowerTheRisk() {
    List<ArmRatio> arms = PermutedBlocksTest.ONE_TO_ONE;
    double four = GuessingRisk.correctGuessProbability(arms, List.of(4));
    double fourOrSix = GuessingRisk.correctGuessProbability(arms, List.of(4, 6));
    assertThat(fourOrSix).isLessThan(four).isGreaterThan(0.5);
  }

  @Test
  void balanceFigures() {
    List<ArmRatio> arms = PermutedBlocksTest.ONE_TO_ONE;
    List<String> sequence = List.of("A", "A", "A", "B", "B", "B", "B");
    assertThat(Balance.totals(arms, sequence)).containsEntry("A", 3L).containsEntry("B", 4L);
    assertThat(Balance.maxRunningImbalance(arms, sequence)).isEqualTo(3);
  }
}
