package org.trialdesk.enrollment.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScreenFailureReasonTest {

  @Test
  void theFailedCriteriaComeFirstThenTheSitesOwnReason() {
    assertThat(EligibilityCheck.screenFailureReason("Criteria not met: I1", null))
        .isEqualTo("Criteria not met: I1");
    assertThat(EligibilityCheck.screenFailureReason("Criteria not met: I1", "Declined"))
        .isEqualTo("Criteria not met: I1 — Declined");
  }

  @Test
  void aReasonIsCutToAThousandCharacters() {
    String why = "Criteria not met: I1";
    String exactly = why + " — " + "x".repeat(1000 - why.length() - 3);
    assertThat(EligibilityCheck.screenFailureReason(why, exactly.substring(why.length() + 3)))
        .isEqualTo(exactly);
    String longer = EligibilityCheck.screenFailureReason(why, "y".repeat(2000));
    assertThat(longer).hasSize(1000).startsWith(why + " — y");
  }
}
