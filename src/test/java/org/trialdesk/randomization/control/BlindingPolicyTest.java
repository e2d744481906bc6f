package org.trialdesk.randomization.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trialdesk.platform.security.Role;
import org.trialdesk.trial.entity.AgentDose;
import org.trialdesk.trial.entity.Arm;

class BlindingPolicyTest {

  private static final Set<Role> COORDINATOR = EnumSet.of(Role.COORDINATOR);
  private static final Set<Role> INVESTIGATOR = EnumSet.of(Role.INVESTIGATOR);
  private static final Set<Role> ADMINISTRATOR = EnumSet.of(Role.ADMINISTRATOR);
  private static final Set<String> OSK = Set.of("OSK");

  @Test
  void anOpenTrialShowsArmsToEveryone() {
    for (Role role : Role.values()) {
      assertThat(BlindingPolicy.armsVisibleInTrial(false, EnumSet.of(role))).isTrue();
      assertThat(BlindingPolicy.armVisible(false, EnumSet.of(role), Set.of(), "OSK", false))
          .isTrue();
    }
  }

  @Test
  void aBlindedTrialShowsArmsOnlyToThoseWhoAuditAndAnalyse() {
    assertThat(BlindingPolicy.armsVisibleInTrial(true, EnumSet.of(Role.MONITOR))).isTrue();
    assertThat(BlindingPolicy.armsVisibleInTrial(true, EnumSet.of(Role.STATISTICIAN))).isTrue();
    assertThat(BlindingPolicy.armsVisibleInTrial(true, COORDINATOR)).isFalse();
    assertThat(BlindingPolicy.armsVisibleInTrial(true, INVESTIGATOR)).isFalse();
    // The sponsor's data manager sets the trial up and must stay blind.
    assertThat(BlindingPolicy.armsVisibleInTrial(true, ADMINISTRATOR)).isFalse();
  }

  @Test
  void anEmergencyUnblindingRevealsTheArmToTheSubjectsOwnSiteOnly() {
    assertThat(BlindingPolicy.armVisible(true, INVESTIGATOR, OSK, "OSK", true)).isTrue();
    assertThat(BlindingPolicy.armVisible(true, COORDINATOR, OSK, "OSK", true)).isTrue();
    assertThat(BlindingPolicy.armVisible(true, COORDINATOR, OSK, "OSK", false)).isFalse();
    assertThat(BlindingPolicy.armVisible(true, COORDINATOR, Set.of("KOB"), "OSK", true)).isFalse();
    assertThat(BlindingPolicy.armVisible(true, ADMINISTRATOR, Set.of(), "OSK", true)).isFalse();
  }

  @Test
  void sequenceNumbersAreForThoseWhoAuditNeverForSites() {
    assertThat(BlindingPolicy.auditor(EnumSet.of(Role.MONITOR))).isTrue();
    assertThat(BlindingPolicy.auditor(EnumSet.of(Role.STATISTICIAN))).isTrue();
    assertThat(BlindingPolicy.auditor(ADMINISTRATOR)).isTrue();
    assertThat(BlindingPolicy.auditor(COORDINATOR)).isFalse();
    assertThat(BlindingPolicy.auditor(INVESTIGATOR)).isFalse();
  }

  @Test
  void agentsOfEveryArmWhileTheArmIsHiddenOfItsArmOnceKnownNoneBeforeRandomization() {
    List<Arm> arms =
        List.of(
            new Arm("IL2", "IL-2 + 5-FU", 1).give(dose("IL-2")).give(dose("5-FU")),
            new Arm("CHEMO", "5-FU + MMC", 1).give(dose("5-FU")).give(dose("MMC")));
    assertThat(BlindingPolicy.agentsShown(arms, "CHEMO", false))
        .containsExactly("IL-2", "5-FU", "MMC");
    assertThat(BlindingPolicy.agentsShown(arms, "CHEMO", true)).containsExactly("5-FU", "MMC");
    assertThat(BlindingPolicy.agentsShown(arms, null, true)).isEmpty();
    // Not yet randomized, so no arm is known: still none, not every arm's.
    assertThat(BlindingPolicy.agentsShown(arms, null, false)).isEmpty();
  }

  private static AgentDose dose(String agent) {
    return new AgentDose(
        agent, BigDecimal.ONE, "MG", "HEPATIC_ARTERIAL_INFUSION", "CONTINUOUS_INFUSION_DAILY");
  }
}
