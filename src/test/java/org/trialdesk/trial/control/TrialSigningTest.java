package org.trialdesk.trial.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trialdesk.audit.entity.SignatureMeaning;
import org.trialdesk.platform.security.Role;

class TrialSigningTest {

  @Test
  void theSponsorAuthorsAndApproves() {
    assertThat(TrialSigning.meaningsFor(Set.of(Role.ADMINISTRATOR)))
        .containsExactly(SignatureMeaning.APPROVED, SignatureMeaning.AUTHORED);
  }

  @Test
  void monitorsAndStatisticiansReview() {
    assertThat(TrialSigning.meaningsFor(Set.of(Role.MONITOR)))
        .containsExactly(SignatureMeaning.REVIEWED);
    assertThat(TrialSigning.meaningsFor(Set.of(Role.STATISTICIAN)))
        .containsExactly(SignatureMeaning.REVIEWED);
  }

  @Test
  void siteStaffDoNotSignTheTrial() {
    assertThat(TrialSigning.meaningsFor(Set.of(Role.COORDINATOR))).isEmpty();
    assertThat(TrialSigning.meaningsFor(Set.of(Role.INVESTIGATOR))).isEmpty();
    assertThat(TrialSigning.meaningsFor(Set.of())).isEmpty();
  }

  @Test
  void rolesAddUp() {
    assertThat(TrialSigning.meaningsFor(Set.of(Role.ADMINISTRATOR, Role.MONITOR)))
        .containsExactly(
            SignatureMeaning.REVIEWED, SignatureMeaning.APPROVED, SignatureMeaning.AUTHORED);
  }
}
