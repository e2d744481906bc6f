package org.trialdesk.trial.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialdesk.platform.validation.Refusal;
import org.trialdesk.trial.entity.AgentDose;

class RegimenRulesTest {

  private static AgentDose line(String unit, String route, String schedule) {
    return new AgentDose("X", BigDecimal.ONE, unit, route, schedule);
  }

  private static List<String> fields(List<Refusal> refusals) {
    return refusals.stream().map(r -> r.field() + " " + r.key()).toList();
  }

  @Test
  void everyUnknownTermIsNamedAtItsField() {
    List<Refusal> refusals =
        RegimenRules.refusals(
            RegimenFormatterTest.TERMS,
            List.of(line("MG", "ORAL", "ONCE_DAILY"), line("MG/M2", "IV", "ONCE_DAILY")),
            "arms[1].regimen");
    assertThat(fields(refusals))
        .containsExactly(
            "arms[1].regimen[1].unit regimen.term.unknown",
            "arms[1].regimen[1].route regimen.term.unknown");
    assertThat(refusals.get(0).arguments()).containsExactly("MG/M2", "MG, U, MG_PER_M2, AUC");
  }

  @Test
  void aCycleNeedsItsLengthAndItsDays() {
    assertThat(fields(check(line("MG", "ORAL", "TWICE_DAILY").inCycles(null, "1-14", null))))
        .containsExactly("regimen[0].cycleLengthDays regimen.cycle.lengthRequired");
    assertThat(fields(check(line("MG", "ORAL", "TWICE_DAILY").inCycles(null, null, 6))))
        .containsExactly("regimen[0].cycleLengthDays regimen.cycle.lengthRequired");
    assertThat(fields(check(line("MG", "ORAL", "TWICE_DAILY").inCycles(21, " ", 6))))
        .containsExactly("regimen[0].cycleDays regimen.cycle.daysRequired");
  }

  @Test
  void cycleDaysMustBeDaysAndRangesWithinTheCycle() {
    for (String bad : List.of("day 1", "14-1", "0", "1,,8", "1-", "1.5")) {
      assertThat(fields(check(line("MG", "ORAL", "TWICE_DAILY").inCycles(21, bad, null))))
          .as(bad)
          .containsExactly("regimen[0].cycleDays regimen.cycle.daysFormat");
    }
    List<Refusal> beyond = check(line("MG", "ORAL", "TWICE_DAILY").inCycles(21, "1-22", null));
    assertThat(fields(beyond)).containsExactly("regimen[0].cycleDays regimen.cycle.dayBeyond");
    assertThat(beyond.get(0).arguments()).containsExactly(22, 21);
    assertThat(check(line("MG", "ORAL", "TWICE_DAILY").inCycles(21, "1-21", 4))).isEmpty();
  }

  @Test
  void cycleDaysAreStoredInOneForm() {
    AgentDose typed = line("MG", "ORAL", "TWICE_DAILY").inCycles(28, "１～１４", null);
    AgentDose listed = line("MG", "ORAL", "TWICE_DAILY").inCycles(28, " 1, 8 ,15", null);
    AgentDose dashed = line("MG", "ORAL", "TWICE_DAILY").inCycles(28, "1–14", null);
    assertThat(check(typed)).isEmpty();
    RegimenRules.normalize(List.of(typed, listed, dashed));
    assertThat(typed.getCycleDays()).isEqualTo("1-14");
    assertThat(listed.getCycleDays()).isEqualTo("1,8,15");
    assertThat(dashed.getCycleDays()).isEqualTo("1-14");
    assertThat(CycleDays.printed("1,8,15")).isEqualTo("1, 8, 15");
    assertThat(CycleDays.single("1")).isTrue();
    assertThat(CycleDays.single("1-2")).isFalse();
  }

  private static List<Refusal> check(AgentDose line) {
    return RegimenRules.refusals(RegimenFormatterTest.TERMS, List.of(line), "regimen");
  }
}
