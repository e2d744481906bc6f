package org.trialdesk.enrollment.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialdesk.platform.validation.Refusal;
import org.trialdesk.trial.entity.TrialStatus;

class RegistrationOpeningTest {

  @Test
  void onlyARecruitingTrialTakesRegistrations() {
    assertThat(RegistrationOpening.trialRecruiting("T1", TrialStatus.RECRUITING)).isEmpty();
    for (TrialStatus status : TrialStatus.values()) {
      if (status != TrialStatus.RECRUITING) {
        assertThat(RegistrationOpening.trialRecruiting("T1", status))
            .contains(new Refusal(null, "enrollment.notRecruiting", List.of("T1", status)));
      }
    }
  }

  @Test
  void onlyASiteWhoseParticipationIsActiveRegisters() {
    assertThat(RegistrationOpening.siteActive("T1", "OSK", true, "siteCode")).isEmpty();
    assertThat(RegistrationOpening.siteActive("T1", "OSK", false, "siteCode"))
        .contains(new Refusal("siteCode", "enrollment.siteInactive", List.of("OSK", "T1")));
  }
}
