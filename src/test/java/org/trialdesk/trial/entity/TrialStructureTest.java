package org.trialdesk.trial.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrialStructureTest {

  private static AgentDose line(String agent) {
    return new AgentDose(agent, BigDecimal.TEN, "MG", "INTRAVENOUS", "ONCE_DAILY");
  }

  @Test
  void regimenLinesMoveUpAndDownAndStayPut() {
    Arm arm = new Arm("A", "Arm A", 1).give(line("a")).give(line("b")).give(line("c"));
    arm.moveUp(2);
    assertThat(arm.getRegimen()).extracting(AgentDose::getAgent).containsExactly("a", "c", "b");
    arm.moveDown(0);
    assertThat(arm.getRegimen()).extracting(AgentDose::getAgent).containsExactly("c", "a", "b");
    arm.moveUp(0);
    arm.moveDown(2);
    assertThat(arm.getRegimen()).extracting(AgentDose::getAgent).containsExactly("c", "a", "b");
  }

  @Test
  void replacingFactorsKeepsTheIdentityOfThoseWhoseCodeStays() {
    StratificationFactor sex = new StratificationFactor("sex", "Sex").level("M", "Male");
    Trial trial =
        new Trial("T", "t", TrialPhase.PHASE_2, 10)
            .withFactor(sex)
            .withFactor(new StratificationFactor("age", "Age"));

    trial.replaceFactors(
        List.of(
            new StratificationFactor("site", "Site"),
            new StratificationFactor("sex", "Sex at birth").level("F", "Female")));

    assertThat(trial.getFactors())
        .extracting(StratificationFactor::getCode)
        .containsExactly("site", "sex");
    assertThat(trial.getFactors().get(1)).isSameAs(sex);
    assertThat(sex.getName()).isEqualTo("Sex at birth");
    assertThat(sex.getLevels()).extracting(FactorLevel::getCode).containsExactly("F");
  }

  @Test
  void agentDosesAreValuesWhateverTheScaleOfTheDose() {
    AgentDose a = new AgentDose("MMC", new BigDecimal("4"), "MG", "ORAL", "ONCE_DAILY");
    AgentDose b = new AgentDose("MMC", new BigDecimal("4.000000"), "MG", "ORAL", "ONCE_DAILY");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(b.lasting(2, DurationUnit.WEEKS));
  }
}
