package org.trialdesk.outcome.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialdesk.outcome.entity.VitalStatus;
import org.trialdesk.platform.validation.Refusal;

/** What a follow-up contact may say, against randomization, today and the contacts before. */
class FollowUpRulesTest {

  private static final LocalDate RANDOMIZED = LocalDate.of(2024, 4, 1);
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

  @Test
  void aContactAliveAfterRandomizationIsFine() {
    assertThat(fields(alive(RANDOMIZED.plusMonths(6), null), List.of())).isEmpty();
    assertThat(fields(alive(RANDOMIZED, RANDOMIZED), List.of())).as("on the day itself").isEmpty();
  }

  @Test
  void datesBeforeRandomizationOrInTheFutureAreRefused() {
    assertThat(fields(alive(RANDOMIZED.minusDays(1), null), List.of()))
        .containsExactly("contactDate");
    assertThat(fields(alive(TODAY.plusDays(1), null), List.of())).containsExactly("contactDate");
    assertThat(fields(alive(RANDOMIZED.plusDays(30), RANDOMIZED.minusDays(1)), List.of()))
        .containsExactly("recurrence.date");
    assertThat(fields(alive(RANDOMIZED.plusDays(30), RANDOMIZED.plusDays(31)), List.of()))
        .as("a recurrence after the contact that reports it")
        .containsExactly("recurrence.date");
  }

  @Test
  void nothingFollowsADeath() {
    FollowUpRules.Contact death = dead(RANDOMIZED.plusDays(100), RANDOMIZED.plusDays(90), null);
    assertThat(fields(alive(RANDOMIZED.plusDays(120), null), List.of(death)))
        .containsExactly("contactDate");
    assertThat(fields(alive(RANDOMIZED.plusDays(80), null), List.of(death)))
        .as("a late entry of an earlier contact")
        .isEmpty();
    assertThat(fields(dead(RANDOMIZED.plusDays(85), RANDOMIZED.plusDays(85), null), List.of(death)))
        .as("a second death")
        .containsExactly("vitalStatus");
  }

  @Test
  void aDeathNeedsItsDateAndCauseNotBeforeTheLastContactAlive() {
    FollowUpRules.Contact seen = alive(RANDOMIZED.plusDays(200), null);
    assertThat(
            fields(
                new FollowUpRules.Contact(
                    RANDOMIZED.plusDays(300), VitalStatus.DEAD, null, false, null),
                List.of()))
        .containsExactly("deathDate", "deathCause");
    assertThat(
            fields(dead(RANDOMIZED.plusDays(300), RANDOMIZED.plusDays(150), null), List.of(seen)))
        .containsExactly("deathDate");
    assertThat(fields(dead(RANDOMIZED.plusDays(300), RANDOMIZED.plusDays(301), null), List.of()))
        .as("after the contact")
        .containsExactly("deathDate");
    assertThat(
            fields(
                dead(RANDOMIZED.plusDays(300), RANDOMIZED.plusDays(250), RANDOMIZED.plusDays(260)),
                List.of()))
        .as("a recurrence after death")
        .containsExactly("recurrence.date");
    assertThat(
            fields(
                new FollowUpRules.Contact(
                    RANDOMIZED.plusDays(300),
                    VitalStatus.ALIVE,
                    RANDOMIZED.plusDays(250),
                    true,
                    null),
                List.of()))
        .containsExactly("deathDate", "deathCause");
  }

  private static List<String> fields(FollowUpRules.Contact c, List<FollowUpRules.Contact> earlier) {
    return FollowUpRules.refusals(c, RANDOMIZED, TODAY, earlier).stream()
        .map(Refusal::field)
        .toList();
  }

  private static FollowUpRules.Contact alive(LocalDate on, LocalDate recurrence) {
    return new FollowUpRules.Contact(on, VitalStatus.ALIVE, null, false, recurrence);
  }

  private static FollowUpRules.Contact dead(LocalDate on, LocalDate death, LocalDate recurrence) {
    return new FollowUpRules.Contact(on, VitalStatus.DEAD, death, true, recurrence);
  }
}
