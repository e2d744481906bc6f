package org.trialdesk.enrollment.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScreenFailureReasonTest {

  @Test
  void onlyTheSitesOwnReasonIsKeptAsTyped() {
    assertThat(EligibilityCheck.keptReason(null)).isNull();
    assertThat(EligibilityCheck.keptReason("Declined")).isEqualTo("Declined");
  }

  @Test
  void aReasonIsCutToAThousandCharacters() {
    assertThat(EligibilityCheck.keptReason("x".repeat(1000))).hasSize(1000);
    assertThat(EligibilityCheck.keptReason("y".repeat(2000))).isEqualTo("y".repeat(1000));
  }
}
