package org.trialdesk.trial.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialdesk.trial.control.TrialReadiness.Missing;
import org.trialdesk.trial.control.TrialReadiness.Scheme;
import org.trialdesk.trial.control.TrialReadiness.Step;
import org.trialdesk.trial.entity.AgentDose;
import org.trialdesk.trial.entity.Arm;
import org.trialdesk.trial.entity.CriterionType;
import org.trialdesk.trial.entity.EligibilityCriterion;
import org.trialdesk.trial.entity.RandomizationMethod;
import org.trialdesk.trial.entity.StratificationFactor;
import org.trialdesk.trial.entity.Trial;
import org.trialdesk.trial.entity.TrialPhase;

/** Each condition of {@link TrialReadiness} on its own, from a trial ready to open. */
class TrialReadinessTest {

  private static final Scheme BLOCKS_BY_NODES =
      new Scheme(RandomizationMethod.PERMUTED_BLOCK, List.of(3, 6), List.of("nodes"));

  /** Arms weighted 2:1, a factor "nodes", one criterion. */
  private static Trial trial(int arms, boolean criteria) {
    Trial trial = new Trial("T1", "A trial", TrialPhase.PHASE_3, 100);
    if (arms > 0) {
      trial.withArm(new Arm("IL2", "IL-2", 2).give(new AgentDose()));
    }
    for (int i = 1; i < arms; i++) {
      trial.withArm(new Arm("C" + i, "Control " + i, 1).give(new AgentDose()));
    }
    trial.withFactor(new StratificationFactor("nodes", "Nodal status").level("N0", "N0"));
    if (criteria) {
      trial.withCriterion(new EligibilityCriterion("I1", CriterionType.INCLUSION, "R0"));
    }
    return trial;
  }

  private static List<String> codes(List<Missing> missing) {
    return missing.stream().map(Missing::code).toList();
  }

  @Test
  void aCompleteTrialIsReady() {
    assertThat(TrialReadiness.missing(trial(2, true), BLOCKS_BY_NODES, 1)).isEmpty();
  }

  @Test
  void anEmptyTrialIsToldEverythingAtOnce() {
    List<Missing> missing = TrialReadiness.missing(trial(0, false), null, 0);

    assertThat(codes(missing))
        .containsExactly("arms.tooFew", "criteria.none", "sites.noneActive", "scheme.none");
    assertThat(missing.get(0).arguments()).containsExactly(0);
    assertThat(missing.get(0).key()).isEqualTo("readiness.arms.tooFew");
    assertThat(missing)
        .extracting(Missing::field)
        .containsExactly("arms", "criteria", "sites", "randomization");
    assertThat(TrialReadiness.of(Step.SITES, missing))
        .extracting(Missing::code)
        .containsExactly("sites.noneActive");
    assertThat(TrialReadiness.of(Step.FACTORS, missing)).isEmpty();
  }

  @Test
  void oneArmIsNotATrial() {
    assertThat(codes(TrialReadiness.missing(trial(1, true), BLOCKS_BY_NODES, 1)))
        .contains("arms.tooFew");
  }

  @Test
  void anArmWithoutRegimenIsNamed() {
    Trial trial = trial(2, true).withArm(new Arm("OBS", "Observation", 1));
    List<Missing> missing =
        TrialReadiness.missing(
            trial, new Scheme(RandomizationMethod.PERMUTED_BLOCK, List.of(4), List.of()), 1);
    assertThat(codes(missing)).containsExactly("arms.noRegimen");
    assertThat(missing.get(0).field()).isEqualTo("arms[2].regimen");
    assertThat(missing.get(0).arguments()).containsExactly("OBS");
  }

  @Test
  void criteriaAreNeeded() {
    assertThat(codes(TrialReadiness.missing(trial(2, false), BLOCKS_BY_NODES, 1)))
        .containsExactly("criteria.none");
  }

  @Test
  void anActiveSiteIsNeeded() {
    assertThat(codes(TrialReadiness.missing(trial(2, true), BLOCKS_BY_NODES, 0)))
        .containsExactly("sites.noneActive");
  }

  @Test
  void aBlockThatNoLongerFitsTheRatioIsNamed() {
    // Blocks of 4 fitted arms 1:1; the arms are now 2:1, summing to 3.
    List<Missing> missing =
        TrialReadiness.missing(
            trial(2, true),
            new Scheme(RandomizationMethod.PERMUTED_BLOCK, List.of(6, 4), List.of()),
            1);
    assertThat(codes(missing)).containsExactly("scheme.blockSize");
    assertThat(missing.get(0).field()).isEqualTo("randomization.blockSizes[1]");
    assertThat(missing.get(0).arguments()).containsExactly(4, 3);
  }

  @Test
  void blocksWithoutSizesAreNoScheme() {
    assertThat(
            codes(
                TrialReadiness.missing(
                    trial(2, true), new Scheme(RandomizationMethod.PERMUTED_BLOCK, null, null), 1)))
        .containsExactly("scheme.noBlockSizes");
  }

  @Test
  void aSchemeNamingAFactorThatIsGoneIsNamed() {
    List<Missing> missing =
        TrialReadiness.missing(
            trial(2, true),
            new Scheme(RandomizationMethod.MINIMIZATION, List.of(), List.of("nodes", "age")),
            1);
    assertThat(codes(missing)).containsExactly("scheme.factorGone");
    assertThat(missing.get(0).arguments()).containsExactly("age");
  }

  @Test
  void simpleRandomizationNeedsNoBlocks() {
    assertThat(
            TrialReadiness.missing(
                trial(3, true), new Scheme(RandomizationMethod.SIMPLE, null, null), 2))
        .isEmpty();
  }
}
