package org.trialdesk.randomization.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

class PermutedBlocksTest {

  static final List<ArmRatio> ONE_TO_ONE = List.of(new ArmRatio("A", 1), new ArmRatio("B", 1));
  static final List<ArmRatio> TWO_TO_ONE = List.of(new ArmRatio("A", 2), new ArmRatio("B", 1));

  @Test
  void everyCompleteBlockHoldsTheRatioAndSizesComeFromTheSet() {
    for (long seed = 1; seed <= 200; seed++) {
      Sequences run = new Sequences(new PermutedBlocks(List.of(3, 6, 9)), TWO_TO_ONE, seed);
      List<String> arms = run.run("s", 120);
      List<BlockState> states = run.blockTrail.get("s");
      int start = 0;
      for (int i = 0; i < states.size(); i++) {
        BlockState state = states.get(i);
        assertThat(state.size()).isIn(3, 6, 9);
        if (state.complete()) {
          List<String> block = arms.subList(start, i + 1);
          assertThat(block).hasSize(state.size());
          assertThat(block.stream().filter("A"::equals).count()).isEqualTo(state.size() * 2 / 3);
          start = i + 1;
        }
      }
    }
  }

  @Test
  void runningImbalanceStaysWithinHalfTheLargestBlock() {
    for (long seed = 1; seed <= 300; seed++) {
      List<String> arms =
          new Sequences(new PermutedBlocks(List.of(4, 6)), ONE_TO_ONE, seed).run("s", 100);
      assertThat(Balance.maxRunningImbalance(ONE_TO_ONE, arms)).isLessThanOrEqualTo(3);
    }
  }

  @Test
  void fixedBlocksOfFourComeInAllSixOrdersEquallyOften() {
    Map<String, Long> frequency = new HashMap<>();
    for (long seed = 1; seed <= 60; seed++) {
      List<String> arms =
          new Sequences(new PermutedBlocks(List.of(4)), ONE_TO_ONE, seed).run("s", 400);
      for (int i = 0; i < arms.size(); i += 4) {
        frequency.merge(String.join("", arms.subList(i, i + 4)), 1L, Long::sum);
      }
    }
    assertThat(frequency).hasSize(6);
    long[] observed = frequency.values().stream().mapToLong(Long::longValue).toArray();
    double[] expected = new double[6];
    java.util.Arrays.fill(expected, 6000 / 6.0);
    // 6000 blocks; a fair shuffle fails this at the 0.1 % level once in a thousand seeds sets.
    assertThat(new ChiSquareTest().chiSquareTest(expected, observed)).isGreaterThan(0.001);
  }

  @Test
  void strataAreIndependentOfEachOther() {
    long[][] pairs = new long[2][2];
    for (long seed = 1; seed <= 100; seed++) {
      Sequences run = new Sequences(new PermutedBlocks(List.of(2, 4)), ONE_TO_ONE, seed);
      List<String> first = run.run("site=OSK", 40);
      List<String> second = run.run("site=KOB", 40);
      assertThat(first).isNotEqualTo(second);
      for (int i = 0; i < 40; i++) {
        pairs[first.get(i).equals("A") ? 0 : 1][second.get(i).equals("A") ? 0 : 1]++;
      }
    }
    assertThat(new ChiSquareTest().chiSquareTest(pairs)).isGreaterThan(0.001);
  }

  @Test
  void theSameSeedGivesTheSameListAndAnotherSeedAnotherList() {
    PermutedBlocks method = new PermutedBlocks(List.of(4, 6));
    List<String> once = new Sequences(method, ONE_TO_ONE, 42).run("s", 60);
    List<String> again = new Sequences(method, ONE_TO_ONE, 42).run("s", 60);
    List<String> other = new Sequences(method, ONE_TO_ONE, 43).run("s", 60);
    assertThat(again).isEqualTo(once);
    assertThat(other).isNotEqualTo(once);
  }

  @Test
  void aBlockCanBeRebuiltFromItsNumberAlone() {
    Sequences run = new Sequences(new PermutedBlocks(List.of(4, 6)), ONE_TO_ONE, 7);
    List<String> arms = run.run("s", 30);
    List<BlockState> states = run.blockTrail.get("s");
    List<String> rebuilt = new ArrayList<>();
    for (BlockState state : states) {
      rebuilt.add(
          PermutedBlocks.block(Sequences.seed(7), ONE_TO_ONE, "s", state).get(state.filled() - 1));
    }
    assertThat(rebuilt).isEqualTo(arms);
  }
}
