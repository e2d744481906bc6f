package org.trialdesk.trial.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialdesk.platform.error.ConflictException;

class TrialStatusTest {

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource({
    "DRAFT, RECRUITING, true",
    "DRAFT, CLOSED_TO_ACCRUAL, false",
    "DRAFT, COMPLETED, false",
    "RECRUITING, CLOSED_TO_ACCRUAL, true",
    "RECRUITING, DRAFT, false",
    "RECRUITING, COMPLETED, false",
    "CLOSED_TO_ACCRUAL, RECRUITING, true",
    "CLOSED_TO_ACCRUAL, COMPLETED, true",
    "CLOSED_TO_ACCRUAL, DRAFT, false",
    "COMPLETED, RECRUITING, false",
    "COMPLETED, DRAFT, false",
    "RECRUITING, RECRUITING, false",
  })
  void onlyLegalTransitionsAreAllowed(TrialStatus from, TrialStatus to, boolean allowed) {
    assertThat(from.canChangeTo(to)).isEqualTo(allowed);
  }

  @Test
  void aNewTrialIsADraftAndWalksItsLifecycle() {
    Trial trial = new Trial("T", "A trial", TrialPhase.PHASE_3, 100);
    assertThat(trial.getStatus()).isEqualTo(TrialStatus.DRAFT);
    trial.changeStatus(TrialStatus.RECRUITING);
    trial.changeStatus(TrialStatus.CLOSED_TO_ACCRUAL);
    trial.changeStatus(TrialStatus.COMPLETED);
    assertThat(trial.getStatus()).isEqualTo(TrialStatus.COMPLETED);
  }

  @Test
  void anIllegalTransitionIsRefusedAndLeavesTheStatusAlone() {
    Trial trial = new Trial("T", "A trial", TrialPhase.PHASE_3, 100);
    assertThatThrownBy(() -> trial.changeStatus(TrialStatus.COMPLETED))
        .isInstanceOf(ConflictException.class)
        .satisfies(
            e -> {
              ConflictException conflict = (ConflictException) e;
              assertThat(conflict.field()).isEqualTo("status");
              assertThat(conflict.messageKey()).isEqualTo("trial.status.illegalTransition");
            });
    assertThat(trial.getStatus()).isEqualTo(TrialStatus.DRAFT);
  }
}
