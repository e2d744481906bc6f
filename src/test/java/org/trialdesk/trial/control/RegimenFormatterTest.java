package org.trialdesk.trial.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trialdesk.platform.i18n.Messages;
import org.trialdesk.trial.entity.AgentDose;
import org.trialdesk.trial.entity.DoseUnit;
import org.trialdesk.trial.entity.DurationUnit;
import org.trialdesk.trial.entity.Route;
import org.trialdesk.trial.entity.Schedule;

class RegimenFormatterTest {

  private static final AgentDose IL2 =
      new AgentDose(
          "IL-2",
          new BigDecimal("700000"),
          DoseUnit.U,
          Route.HEPATIC_ARTERIAL_INFUSION,
          Schedule.CONTINUOUS_INFUSION_DAILY);
  private static final AgentDose MMC =
      new AgentDose(
          "MMC",
          new BigDecimal("4"),
          DoseUnit.MG,
          Route.HEPATIC_ARTERIAL_INFUSION,
          Schedule.BOLUS_WEEKLY);

  private final RegimenFormatter english = new RegimenFormatter(Messages.bundle(Locale.ENGLISH));
  private final RegimenFormatter japanese = new RegimenFormatter(Messages.bundle(Locale.JAPANESE));

  @Test
  void readsTheSeedRegimenAsTheProtocolWritesIt() {
    assertThat(english.format(IL2))
        .isEqualTo("IL-2 7 × 10⁵ U/day, continuous hepatic arterial infusion");
    assertThat(english.format(MMC)).isEqualTo("MMC 4 mg, hepatic arterial bolus once weekly");
  }

  @Test
  void readsTheSeedRegimenInJapanese() {
    assertThat(japanese.format(IL2)).isEqualTo("IL-2 7 × 10⁵ U/日、肝動脈内持続注入");
    assertThat(japanese.format(MMC)).isEqualTo("MMC 4 mg、肝動脈内ボーラス投与（週1回）");
  }

  @Test
  void addsTheDurationWhenThereIsOne() {
    AgentDose adjuvant =
        new AgentDose(
                "IL-2",
                new BigDecimal("1400000"),
                DoseUnit.U,
                Route.HEPATIC_ARTERIAL_INFUSION,
                Schedule.BOLUS_WEEKLY)
            .lasting(6, DurationUnit.MONTHS);
    assertThat(english.format(adjuvant))
        .isEqualTo("IL-2 1.4 × 10⁶ U, hepatic arterial bolus once weekly, for 6 months");
    assertThat(japanese.format(adjuvant)).isEqualTo("IL-2 1.4 × 10⁶ U、肝動脈内ボーラス投与（週1回）、6か月間");
  }

  @Test
  void aDurationWithoutItsUnitIsLeftOut() {
    AgentDose line =
        new AgentDose(
                "5-FU",
                new BigDecimal("250"),
                DoseUnit.MG_PER_M2,
                Route.INTRAVENOUS,
                Schedule.ONCE_DAILY)
            .lasting(5, null);
    assertThat(english.format(line)).isEqualTo("5-FU 250 mg/m², intravenous, once daily");
  }

  @Test
  void joinsTheLinesOfARegimen() {
    assertThat(english.format(List.of(IL2, MMC)))
        .isEqualTo(
            "IL-2 7 × 10⁵ U/day, continuous hepatic arterial infusion; "
                + "MMC 4 mg, hepatic arterial bolus once weekly");
  }

  @Test
  void everyScheduleAndRouteCanBeReadInBothLanguages() {
    for (RegimenFormatter formatter : List.of(english, japanese)) {
      for (Schedule schedule : Schedule.values()) {
        for (Route route : Route.values()) {
          String text =
              formatter.format(new AgentDose("X", BigDecimal.ONE, DoseUnit.MG, route, schedule));
          assertThat(text).startsWith("X 1 mg").doesNotContain("{");
        }
      }
    }
  }
}
