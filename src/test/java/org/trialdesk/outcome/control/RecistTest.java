package org.trialdesk.outcome.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.trialdesk.outcome.entity.Organ.LIVER;
import static org.trialdesk.outcome.entity.Organ.LUNG;
import static org.trialdesk.outcome.entity.Organ.LYMPH_NODE;
import static org.trialdesk.outcome.entity.Response.CR;
import static org.trialdesk.outcome.entity.Response.NE;
import static org.trialdesk.outcome.entity.Response.PD;
import static org.trialdesk.outcome.entity.Response.PR;
import static org.trialdesk.outcome.entity.Response.SD;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialdesk.outcome.entity.NonTargetStatus;
import org.trialdesk.outcome.entity.Response;
import org.trialdesk.platform.validation.Refusal;

/**
 * RECIST 1.1 vectors: the rules of Eisenhauer et al. (2009) and the cases of EORTC's RECIST FAQ and
 * clarifications (recist.eortc.org) — the "sticky" partial response and the lymph-node complete
 * response among them.
 */
class RecistTest {

  private static final LocalDate DAY0 = LocalDate.of(2026, 1, 5);

  @Test
  void aPartialResponseStaysWhileProgressionIsNotMet() {
    // EORTC FAQ "Managing PR when TP measurements change slightly over time": 100, 70, 70, 80, 80,
    // 80 with non-targets present and unchanged is PR at every time point and PR as the best.
    List<Recist.Target> baseline =
        List.of(new Recist.Target(LIVER, 60), new Recist.Target(LUNG, 40));
    List<Recist.Assessed> assessed =
        Recist.assess(
            baseline,
            List.of(
                point(1, NonTargetStatus.NON_CR_NON_PD, 42, 28),
                point(2, NonTargetStatus.NON_CR_NON_PD, 42, 28),
                point(3, NonTargetStatus.NON_CR_NON_PD, 48, 32),
                point(4, NonTargetStatus.NON_CR_NON_PD, 48, 32),
                point(5, NonTargetStatus.NON_CR_NON_PD, 50, 30)));
    assertEquals(List.of(PR, PR, PR, PR, PR), overall(assessed));
    assertEquals(List.of(70, 70, 80, 80, 80), assessed.stream().map(Recist.Assessed::sum).toList());
    assertEquals(PR, Recist.best(dated(assessed), true));
  }

  @Test
  void nodesBelowTenMillimetresCountAsGoneForACompleteResponse() {
    List<Recist.Target> baseline =
        List.of(new Recist.Target(LIVER, 30), new Recist.Target(LYMPH_NODE, 20));
    List<Recist.Assessed> assessed =
        Recist.assess(baseline, List.of(point(1, null, 0, 8), point(2, null, 0, 10)));
    // The sum is 8 mm, not 0, yet the response is complete; a node back at 10 mm is not.
    assertEquals(8, assessed.get(0).sum());
    assertEquals(CR, assessed.get(0).overall());
    assertEquals(PR, assessed.get(1).overall());
    // Non-target lesions still present turn a complete target response into a partial one.
    assertEquals(
        PR,
        Recist.assess(baseline, List.of(point(1, NonTargetStatus.NON_CR_NON_PD, 0, 8)))
            .get(0)
            .overall());
  }

  @Test
  void progressionNeedsTwentyPercentAndFiveMillimetresOverTheNadir() {
    List<Recist.Target> baseline = List.of(new Recist.Target(LIVER, 20));
    List<Recist.Assessed> assessed =
        Recist.assess(
            baseline, List.of(point(1, null, 18), point(2, null, 22), point(3, null, 23)));
    // 22 is 22% over the nadir of 18 but only 4 mm; 23 is 5 mm.
    assertEquals(List.of(SD, SD, PD), overall(assessed));
    assertEquals(List.of(20, 18, 18), assessed.stream().map(Recist.Assessed::nadir).toList());
  }

  @Test
  void progressionIsMeasuredFromTheNadirNotTheBaseline() {
    List<Recist.Target> baseline = List.of(new Recist.Target(LIVER, 100));
    assertEquals(
        List.of(PR, PD),
        overall(Recist.assess(baseline, List.of(point(1, null, 50), point(2, null, 60)))));
  }

  @Test
  void thePartialResponseThresholdIsExactInWholeMillimetres() {
    List<Recist.Target> baseline = List.of(new Recist.Target(LIVER, 100));
    assertEquals(PR, Recist.assess(baseline, List.of(point(1, null, 70))).get(0).overall());
    assertEquals(SD, Recist.assess(baseline, List.of(point(1, null, 71))).get(0).overall());
    List<Recist.Target> odd = List.of(new Recist.Target(LIVER, 33));
    // 70% of 33 is 23.1: 23 is a response, 24 is not.
    assertEquals(PR, Recist.assess(odd, List.of(point(1, null, 23))).get(0).overall());
    assertEquals(SD, Recist.assess(odd, List.of(point(1, null, 24))).get(0).overall());
  }

  @Test
  void newLesionsOrNonTargetProgressionMakeTheTimePointProgressive() {
    List<Recist.Target> baseline = List.of(new Recist.Target(LIVER, 50));
    Recist.TimePoint shrunkButNew =
        new Recist.TimePoint(DAY0.plusWeeks(8), List.of(10), null, true);
    assertEquals(PD, Recist.assess(baseline, List.of(shrunkButNew)).get(0).overall());
    assertEquals(
        PD, Recist.assess(baseline, List.of(point(1, NonTargetStatus.PD, 10))).get(0).overall());
    assertEquals(
        PR, Recist.assess(baseline, List.of(point(1, NonTargetStatus.NE, 10))).get(0).overall());
  }

  @Test
  void aTargetNotEvaluatedLeavesTheTimePointNotEvaluableUnlessProgressionIsAlreadyClear() {
    List<Recist.Target> baseline =
        List.of(new Recist.Target(LIVER, 30), new Recist.Target(LUNG, 20));
    assertEquals(NE, Recist.assess(baseline, List.of(point(1, null, 30, null))).get(0).overall());
    assertEquals(PD, Recist.assess(baseline, List.of(point(1, null, 61, null))).get(0).overall());
  }

  @Test
  void withConfirmationAResponseCountsOnlyWhenRepeatedFourWeeksLater() {
    List<Recist.Dated> confirmedCr = List.of(at(56, CR), at(84, CR));
    List<Recist.Dated> tooSoon = List.of(at(56, CR), at(83, CR));
    List<Recist.Dated> crThenPr = List.of(at(56, CR), at(112, PR));
    List<Recist.Dated> prThenProgression = List.of(at(56, PR), at(112, PD));
    assertEquals(CR, Recist.best(confirmedCr, true));
    assertEquals(SD, Recist.best(tooSoon, true));
    assertEquals(CR, Recist.best(tooSoon, false));
    assertEquals(PR, Recist.best(crThenPr, true));
    assertEquals(SD, Recist.best(prThenProgression, true));
    assertEquals(PR, Recist.best(prThenProgression, false));
  }

  @Test
  void theBestResponseStopsAtTheFirstProgression() {
    assertEquals(PD, Recist.best(List.of(at(56, PD), at(112, PR)), false));
    assertEquals(SD, Recist.best(List.of(at(56, SD), at(112, PD)), false));
    assertEquals(NE, Recist.best(List.of(at(56, NE)), false));
    assertEquals(NE, Recist.best(List.of(), false));
  }

  @Test
  void aBaselineIsRefusedWithTheLesionAtFault() {
    List<Recist.Target> six = new ArrayList<>();
    for (Object organ : List.of(LIVER, LIVER, LUNG, LUNG, LYMPH_NODE, LYMPH_NODE)) {
      six.add(new Recist.Target((org.trialdesk.outcome.entity.Organ) organ, 20));
    }
    assertEquals(List.of("targets"), fields(Recist.baselineRefusals(six)));
    assertEquals(
        List.of("targets[2].organ"),
        fields(
            Recist.baselineRefusals(
                List.of(
                    new Recist.Target(LIVER, 20),
                    new Recist.Target(LIVER, 20),
                    new Recist.Target(LIVER, 20)))));
    assertEquals(
        List.of("targets[0].diameter", "targets[1].diameter"),
        fields(
            Recist.baselineRefusals(
                List.of(new Recist.Target(LIVER, 9), new Recist.Target(LYMPH_NODE, 14)))));
    assertEquals(
        List.of(),
        fields(
            Recist.baselineRefusals(
                List.of(new Recist.Target(LIVER, 10), new Recist.Target(LYMPH_NODE, 15)))));
    assertEquals(List.of("targets"), fields(Recist.baselineRefusals(List.of())));
  }

  private static List<String> fields(List<Refusal> refusals) {
    return refusals.stream().map(Refusal::field).toList();
  }

  private static Recist.TimePoint point(int weeks, NonTargetStatus nonTargets, Integer... mm) {
    return new Recist.TimePoint(DAY0.plusWeeks(8L * weeks), Arrays.asList(mm), nonTargets, false);
  }

  private static Recist.Dated at(int day, Response response) {
    return new Recist.Dated(DAY0.plusDays(day), response);
  }

  private static List<Recist.Dated> dated(List<Recist.Assessed> assessed) {
    List<Recist.Dated> dated = new ArrayList<>();
    for (int i = 0; i < assessed.size(); i++) {
      dated.add(new Recist.Dated(DAY0.plusWeeks(8L * (i + 1)), assessed.get(i).overall()));
    }
    return dated;
  }

  private static List<Response> overall(List<Recist.Assessed> assessed) {
    return assessed.stream().map(Recist.Assessed::overall).toList();
  }
}
