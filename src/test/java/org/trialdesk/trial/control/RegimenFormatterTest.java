package org.trialdesk.trial.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trialdesk.platform.i18n.Messages;
import org.trialdesk.trial.entity.AgentDose;
import org.trialdesk.trial.entity.DurationUnit;
import org.trialdesk.trial.entity.RegimenTerm;
import org.trialdesk.trial.entity.RegimenTermKind;

class RegimenFormatterTest {

  /** The built-in vocabulary as the migration seeds it, plus a term an administrator added. */
  static final RegimenTerms TERMS = new RegimenTerms(seed());

  private static final AgentDose IL2 =
      new AgentDose(
          "IL-2",
          new BigDecimal("700000"),
          "U",
          "HEPATIC_ARTERIAL_INFUSION",
          "CONTINUOUS_INFUSION_DAILY");
  private static final AgentDose MMC =
      new AgentDose("MMC", new BigDecimal("4"), "MG", "HEPATIC_ARTERIAL_INFUSION", "BOLUS_WEEKLY");
  private static final AgentDose CARBOPLATIN =
      new AgentDose("carboplatin", new BigDecimal("5"), "AUC", "INTRAVENOUS", "CYCLE_DAYS")
          .inCycles(21, "1", 6);
  private static final AgentDose CAPECITABINE =
      new AgentDose("capecitabine", new BigDecimal("1000"), "MG_PER_M2", "ORAL", "TWICE_DAILY")
          .inCycles(21, "1-14", 8);

  private final RegimenFormatter english =
      new RegimenFormatter(Messages.bundle(Locale.ENGLISH), TERMS);
  private final RegimenFormatter japanese =
      new RegimenFormatter(Messages.bundle(Locale.JAPANESE), TERMS);

  static List<RegimenTerm> seed() {
    List<RegimenTerm> terms = new ArrayList<>();
    terms.add(route("HEPATIC_ARTERIAL_INFUSION", "hepatic arterial", "肝動脈内"));
    terms.add(route("INTRAVENOUS", "intravenous", "静脈内"));
    terms.add(route("ORAL", "oral", "経口"));
    terms.add(route("INTRAPERITONEAL", "intraperitoneal", "腹腔内"));
    for (String[] unit :
        new String[][] {{"MG", "mg"}, {"U", "U"}, {"MG_PER_M2", "mg/m²"}, {"AUC", "AUC"}}) {
      RegimenTerm term = new RegimenTerm(RegimenTermKind.UNIT, unit[0], unit[1], unit[1]);
      term.setSymbolFirst(unit[0].equals("AUC"));
      terms.add(term);
    }
    RegimenTerm daily =
        new RegimenTerm(
            RegimenTermKind.SCHEDULE,
            "CONTINUOUS_INFUSION_DAILY",
            "continuous infusion, per day",
            "持続注入（1日量）");
    daily.setPerDay(true);
    terms.add(daily);
    terms.add(schedule("BOLUS_WEEKLY", "bolus once weekly", "週1回ボーラス"));
    terms.add(schedule("ONCE_DAILY", "once daily", "1日1回"));
    terms.add(schedule("TWICE_DAILY", "twice daily", "1日2回"));
    terms.add(schedule("CYCLE_DAYS", "on the days of each cycle", "各コースの投与日"));
    terms.add(schedule("EVERY_FOUR_WEEKS", "every 4 weeks", "4週ごと"));
    return terms;
  }

  private static RegimenTerm route(String code, String en, String ja) {
    return new RegimenTerm(RegimenTermKind.ROUTE, code, en, ja);
  }

  private static RegimenTerm schedule(String code, String en, String ja) {
    return new RegimenTerm(RegimenTermKind.SCHEDULE, code, en, ja);
  }

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
  void readsACarboplatinAucRegimenInBothLanguages() {
    assertThat(english.format(CARBOPLATIN))
        .isEqualTo("carboplatin AUC 5, intravenous, day 1 of each 21-day cycle, 6 cycles");
    assertThat(japanese.format(CARBOPLATIN)).isEqualTo("carboplatin AUC 5、静脈内、21日を1コースとして第1日、6コース");
  }

  @Test
  void readsACapecitabineCycleRegimenInBothLanguages() {
    assertThat(english.format(CAPECITABINE))
        .isEqualTo(
            "capecitabine 1000 mg/m², oral, twice daily, days 1–14 of each 21-day cycle,"
                + " 8 cycles");
    assertThat(japanese.format(CAPECITABINE))
        .isEqualTo("capecitabine 1000 mg/m²、経口、1日2回、21日を1コースとして第1–14日、8コース");
  }

  @Test
  void aTermAnAdministratorAddedReadsInTheGeneralShape() {
    AgentDose line =
        new AgentDose(
            "paclitaxel", new BigDecimal("80"), "MG_PER_M2", "INTRAPERITONEAL", "EVERY_FOUR_WEEKS");
    assertThat(english.format(line))
        .isEqualTo("paclitaxel 80 mg/m², intraperitoneal, every 4 weeks");
    assertThat(japanese.format(line)).isEqualTo("paclitaxel 80 mg/m²、腹腔内、4週ごと");
  }

  @Test
  void oneCycleIsSingular() {
    AgentDose once =
        new AgentDose("carboplatin", new BigDecimal("5"), "AUC", "INTRAVENOUS", "CYCLE_DAYS")
            .inCycles(28, "1,8,15", 1);
    assertThat(english.format(once))
        .isEqualTo("carboplatin AUC 5, intravenous, days 1, 8, 15 of each 28-day cycle, 1 cycle");
  }

  @Test
  void addsTheDurationWhenThereIsOne() {
    AgentDose adjuvant =
        new AgentDose(
                "IL-2", new BigDecimal("1400000"), "U", "HEPATIC_ARTERIAL_INFUSION", "BOLUS_WEEKLY")
            .lasting(6, DurationUnit.MONTHS);
    assertThat(english.format(adjuvant))
        .isEqualTo("IL-2 1.4 × 10⁶ U, hepatic arterial bolus once weekly, for 6 months");
    assertThat(japanese.format(adjuvant)).isEqualTo("IL-2 1.4 × 10⁶ U、肝動脈内ボーラス投与（週1回）、6か月間");
  }

  @Test
  void aDurationWithoutItsUnitIsLeftOut() {
    AgentDose line =
        new AgentDose("5-FU", new BigDecimal("250"), "MG_PER_M2", "INTRAVENOUS", "ONCE_DAILY")
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
      for (RegimenTerm schedule : TERMS.of(RegimenTermKind.SCHEDULE)) {
        for (RegimenTerm route : TERMS.of(RegimenTermKind.ROUTE)) {
          String text =
              formatter.format(
                  new AgentDose("X", BigDecimal.ONE, "MG", route.getCode(), schedule.getCode()));
          assertThat(text).startsWith("X 1 mg").doesNotContain("{").doesNotContain("_");
        }
      }
    }
  }
}
