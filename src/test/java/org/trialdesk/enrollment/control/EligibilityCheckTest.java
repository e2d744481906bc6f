package org.trialdesk.enrollment.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trialdesk.enrollment.entity.SubjectStatus;
import org.trialdesk.trial.entity.CriterionType;
import org.trialdesk.trial.entity.EligibilityCriterion;

class EligibilityCheckTest {

  private static final List<EligibilityCriterion> CRITERIA =
      List.of(
          new EligibilityCriterion("I1", CriterionType.INCLUSION, "Adenocarcinoma"),
          new EligibilityCriterion("E1", CriterionType.EXCLUSION, "Extrahepatic disease"));

  @Test
  void eligibleWhenEveryInclusionIsMetAndNoExclusion() {
    assertThat(EligibilityCheck.of(CRITERIA, Map.of("I1", true, "E1", false)).eligible()).isTrue();
  }

  @Test
  void aFailedInclusionOrAMetExclusionIsAScreenFailure() {
    var failed = EligibilityCheck.of(CRITERIA, Map.of("I1", false, "E1", true));
    assertThat(failed.screenFailure()).isTrue();
    assertThat(failed.failed()).containsExactly("I1", "E1");
  }

  @Test
  void unansweredCriteriaKeepTheSubjectInScreening() {
    var open = EligibilityCheck.of(CRITERIA, Map.of("I1", true));
    assertThat(open.eligible()).isFalse();
    assertThat(open.screenFailure()).isFalse();
    assertThat(open.unanswered()).containsExactly("E1");
  }

  @Test
  void theLifecycleAllowsOnlyItsOwnSteps() {
    assertThat(SubjectStatus.SCREENING.canChangeTo(SubjectStatus.SCREEN_FAILED)).isTrue();
    assertThat(SubjectStatus.SCREENING.canChangeTo(SubjectStatus.ON_TREATMENT)).isFalse();
    assertThat(SubjectStatus.RANDOMIZED.canChangeTo(SubjectStatus.ON_TREATMENT)).isTrue();
    assertThat(SubjectStatus.ON_TREATMENT.canChangeTo(SubjectStatus.OFF_TREATMENT)).isTrue();
    assertThat(SubjectStatus.OFF_TREATMENT.canChangeTo(SubjectStatus.IN_FOLLOW_UP)).isTrue();
    assertThat(SubjectStatus.LOST_TO_FOLLOW_UP.canChangeTo(SubjectStatus.IN_FOLLOW_UP)).isTrue();
    assertThat(SubjectStatus.DIED.canChangeTo(SubjectStatus.IN_FOLLOW_UP)).isFalse();
    assertThat(SubjectStatus.WITHDRAWN.canChangeTo(SubjectStatus.RANDOMIZED)).isFalse();
    assertThat(SubjectStatus.WITHDRAWN.needsReason()).isTrue();
    assertThat(SubjectStatus.LOST_TO_FOLLOW_UP.needsReason()).isTrue();
  }
}
