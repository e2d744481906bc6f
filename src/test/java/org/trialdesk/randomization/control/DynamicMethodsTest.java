package org.trialdesk.randomization.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

class DynamicMethodsTest {

  static final List<ArmRatio> ONE_TO_ONE = PermutedBlocksTest.ONE_TO_ONE;
  static final List<ArmRatio> TWO_TO_ONE = PermutedBlocksTest.TWO_TO_ONE;

  @Test
  void simpleRandomizationFollowsTheRatio() {
    List<String> arms = new Sequences(new SimpleRandomization(), TWO_TO_ONE, 5).run("s", 9000);
    long a = arms.stream().filter("A"::equals).count();
    double p =
        new ChiSquareTest().chiSquareTest(new double[] {6000, 3000}, new long[] {a, 9000 - a});
    assertThat(p).isGreaterThan(0.001);
  }

  @Test
  void aDeterministicBiasedCoinNeverLetsTwoArmsDriftApart() {
    for (long seed = 1; seed <= 50; seed++) {
      List<String> arms = new Sequences(new BiasedCoin(1.0), ONE_TO_ONE, seed).run("s", 200);
      assertThat(Balance.maxRunningImbalance(ONE_TO_ONE, arms)).isLessThanOrEqualTo(1);
    }
  }

  @Test
  void efronsCoinPicksTheArmBehindWithProbabilityP() {
    // After A, B is behind: over many seeds B follows about two times in three.
    long behindChosen = 0;
    for (long seed = 1; seed <= 3000; seed++) {
      Sequences run = new Sequences(new BiasedCoin(2.0 / 3), ONE_TO_ONE, seed);
      String first = run.next("s", Map.of()).arm();
      if (!run.next("s", Map.of()).arm().equals(first)) {
        behindChosen++;
      }
    }
    assertThat(behindChosen / 3000.0).isCloseTo(2.0 / 3, within(0.03));
  }

  /**
   * Lim C-Y, In J. Randomization in clinical studies. Korean J Anesthesiol 2019;72(3):221–232,
   * doi:10.4097/kja.19049, Table 4: after 14 patients the 15th (female, 74 years, site 2) scores 3
   * if allocated to control and 5 if allocated to treatment, so goes to control. The table gives
   * the counts per arm after the hypothetical allocation; the earlier patients below reproduce the
   * counts before it (control: site 4/3, sex 4/3, age 2/2/3; treatment: site 2/5, sex 4/3, age
   * 2/2/3).
   */
  @Test
  void minimizationReproducesThePublishedWorkedExample() {
    List<ArmRatio> arms = List.of(new ArmRatio("CONTROL", 1), new ArmRatio("TREATMENT", 1));
    List<PriorAllocation> earlier =
        List.of(
            patient("CONTROL", "1", "M", "<20"),
            patient("CONTROL", "1", "M", "<20"),
            patient("CONTROL", "1", "M", "20-64"),
            patient("CONTROL", "1", "M", "20-64"),
            patient("CONTROL", "2", "F", ">=65"),
            patient("CONTROL", "2", "F", ">=65"),
            patient("CONTROL", "2", "F", ">=65"),
            patient("TREATMENT", "1", "M", "<20"),
            patient("TREATMENT", "1", "M", "<20"),
            patient("TREATMENT", "2", "M", "20-64"),
            patient("TREATMENT", "2", "M", "20-64"),
            patient("TREATMENT", "2", "F", ">=65"),
            patient("TREATMENT", "2", "F", ">=65"),
            patient("TREATMENT", "2", "F", ">=65"));
    Minimization method =
        new Minimization(
            Map.of("site", 1.0, "sex", 1.0, "age", 1.0), Minimization.Imbalance.RANGE, 1.0);
    Map<String, String> fifteenth = Map.of("site", "2", "sex", "F", "age", ">=65");

    assertThat(method.scores(arms, fifteenth, earlier))
        .containsOnly(Map.entry("CONTROL", 3.0), Map.entry("TREATMENT", 5.0));
    Decision decision =
        method.decide(
            new AllocationInput(
                Sequences.seed(1), arms, 15, "*", fifteenth, BlockState.START, earlier));
    assertThat(decision.arm()).isEqualTo("CONTROL");
  }

  @Test
  void minimizationBalancesEveryFactorMarginally() {
    Minimization method =
        new Minimization(Map.of("sex", 1.0, "site", 1.0), Minimization.Imbalance.VARIANCE, 0.8);
    Sequences run = new Sequences(method, ONE_TO_ONE, 11);
    java.util.Random patients = new java.util.Random(3);
    for (int i = 0; i < 400; i++) {
      run.next(
          "*",
          Map.of("sex", patients.nextBoolean() ? "M" : "F", "site", "S" + patients.nextInt(6)));
    }
    for (String sex : List.of("M", "F")) {
      long a = count(run, "A", "sex", sex);
      long b = count(run, "B", "sex", sex);
      assertThat(Math.abs(a - b)).isLessThanOrEqualTo(6);
    }
    for (int site = 0; site < 6; site++) {
      long a = count(run, "A", "site", "S" + site);
      long b = count(run, "B", "site", "S" + site);
      assertThat(Math.abs(a - b)).isLessThanOrEqualTo(6);
    }
  }

  @Test
  void minimizationHonoursAnUnequalRatio() {
    Minimization method = new Minimization(Map.of("sex", 1.0), Minimization.Imbalance.RANGE, 0.9);
    Sequences run = new Sequences(method, TWO_TO_ONE, 17);
    java.util.Random patients = new java.util.Random(4);
    for (int i = 0; i < 600; i++) {
      run.next("*", Map.of("sex", patients.nextBoolean() ? "M" : "F"));
    }
    long a = run.history.stream().filter(h -> h.arm().equals("A")).count();
    assertThat(a / 600.0).isCloseTo(2.0 / 3, within(0.03));
    for (String sex : List.of("M", "F")) {
      double ratio = (double) count(run, "A", "sex", sex) / count(run, "B", "sex", sex);
      assertThat(ratio).isCloseTo(2.0, within(0.25));
    }
  }

  @Test
  void minimizationTiesAreBrokenAtRandom() {
    Minimization method = new Minimization(Map.of("sex", 1.0), Minimization.Imbalance.RANGE, 1.0);
    long a = 0;
    for (long seed = 1; seed <= 2000; seed++) {
      if (new Sequences(method, ONE_TO_ONE, seed).next("*", Map.of("sex", "M")).arm().equals("A")) {
        a++;
      }
    }
    assertThat(a / 2000.0).isCloseTo(0.5, within(0.04));
  }

  @Test
  void aDecisionReplayedFromItsInputsIsTheSame() {
    Minimization method = new Minimization(Map.of("sex", 1.0), Minimization.Imbalance.RANGE, 0.7);
    Sequences run = new Sequences(method, ONE_TO_ONE, 23);
    for (int i = 0; i < 30; i++) {
      run.next("*", Map.of("sex", i % 3 == 0 ? "F" : "M"));
    }
    PriorAllocation last = run.history.get(29);
    Decision replayed =
        method.decide(
            new AllocationInput(
                Sequences.seed(23),
                ONE_TO_ONE,
                30,
                "*",
                last.levels(),
                BlockState.START,
                run.history.subList(0, 29)));
    assertThat(replayed.arm()).isEqualTo(last.arm());
  }

  private static PriorAllocation patient(String arm, String site, String sex, String age) {
    return new PriorAllocation(arm, "*", Map.of("site", site, "sex", sex, "age", age));
  }

  private static long count(Sequences run, String arm, String factor, String level) {
    return run.history.stream()
        .filter(h -> h.arm().equals(arm) && level.equals(h.levels().get(factor)))
        .count();
  }
}
