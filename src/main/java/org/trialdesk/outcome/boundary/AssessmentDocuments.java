package org.trialdesk.outcome.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trialdesk.outcome.control.Recist;
import org.trialdesk.outcome.entity.Lesion;
import org.trialdesk.outcome.entity.Response;
import org.trialdesk.outcome.entity.TumourAssessment;

/**
 * A subject's assessments as documents with their computed responses, and the subject's best
 * overall response: the time points that count (not voided) are assessed against the baseline in
 * date order every time they are read, so voiding one recomputes those after it.
 */
public final class AssessmentDocuments {

  private AssessmentDocuments() {}

  /** What a subject's assessments add up to; {@code bestChange} is the deepest % change. */
  public record Summary(
      List<AssessmentDocument> assessments,
      Response best,
      BigDecimal bestChange,
      boolean measurable) {}

  public static Summary of(List<TumourAssessment> all, boolean confirm) {
    List<TumourAssessment> counted = all.stream().filter(a -> !a.isVoided()).toList();
    Optional<TumourAssessment> baseline =
        counted.stream().filter(TumourAssessment::isBaseline).findFirst();
    Map<Long, Recist.Assessed> computed = new HashMap<>();
    List<Recist.Dated> dated = new ArrayList<>();
    int baselineSum = 0;
    BigDecimal bestChange = null;
    if (baseline.isPresent()) {
      List<Recist.Target> targets =
          targets(baseline.get()).stream()
              .map(l -> new Recist.Target(l.getOrgan(), l.getDiameter()))
              .toList();
      baselineSum = targets.stream().mapToInt(Recist.Target::diameter).sum();
      List<TumourAssessment> points = counted.stream().filter(a -> !a.isBaseline()).toList();
      List<Recist.Assessed> assessed =
          Recist.assess(
              targets,
              points.stream()
                  .map(
                      a ->
                          new Recist.TimePoint(
                              a.getAssessedOn(),
                              targets(a).stream().map(Lesion::getDiameter).toList(),
                              a.getNonTargetStatus(),
                              a.isNewLesions()))
                  .toList());
      for (int i = 0; i < points.size(); i++) {
        TumourAssessment a = points.get(i);
        computed.put(a.getId(), assessed.get(i));
        Response counts =
            a.getOverrideResponse() != null ? a.getOverrideResponse() : assessed.get(i).overall();
        dated.add(new Recist.Dated(a.getAssessedOn(), counts));
        BigDecimal change = percent(assessed.get(i).sum(), baselineSum);
        if (change != null && (bestChange == null || change.compareTo(bestChange) < 0)) {
          bestChange = change;
        }
      }
    }
    int sum = baselineSum;
    List<AssessmentDocument> documents =
        all.stream().map(a -> document(a, computed.get(a.getId()), sum)).toList();
    return new Summary(documents, Recist.best(dated, confirm), bestChange, baseline.isPresent());
  }

  /** The target lesions of an assessment, in baseline order. */
  static List<Lesion> targets(TumourAssessment assessment) {
    return assessment.getLesions().stream().filter(Lesion::isTarget).toList();
  }

  private static AssessmentDocument document(
      TumourAssessment a, Recist.Assessed assessed, int baselineSum) {
    List<AssessmentDocument.Lesion> targets = new ArrayList<>();
    List<AssessmentDocument.Lesion> nonTargets = new ArrayList<>();
    int number = 1;
    for (Lesion l : a.getLesions()) {
      AssessmentDocument.Lesion lesion =
          new AssessmentDocument.Lesion(
              number++, l.getOrgan().name(), l.getDiameter(), l.getOrgan().nodal());
      (l.isTarget() ? targets : nonTargets).add(lesion);
    }
    Integer sum =
        a.isBaseline() ? Integer.valueOf(baselineSum) : assessed == null ? null : assessed.sum();
    Response computedResponse = assessed == null ? null : assessed.overall();
    Response counts = a.getOverrideResponse() != null ? a.getOverrideResponse() : computedResponse;
    return new AssessmentDocument(
        a.getId(),
        a.getAssessedOn(),
        a.isBaseline(),
        targets,
        nonTargets,
        a.getNonTargetStatus() == null ? null : a.getNonTargetStatus().name(),
        a.isNewLesions(),
        sum,
        a.isBaseline() ? null : percent(sum, baselineSum),
        assessed == null ? null : assessed.nadir(),
        assessed == null ? null : assessed.target().name(),
        computedResponse == null ? null : computedResponse.name(),
        a.getOverrideResponse() == null ? null : a.getOverrideResponse().name(),
        a.getOverrideReason(),
        counts == null ? null : counts.name(),
        a.getRecordedBy(),
        a.isVoided(),
        a.getVoidReason());
  }

  /** The change of a sum against the baseline in percent, one decimal. */
  private static BigDecimal percent(Integer sum, int baselineSum) {
    if (sum == null || baselineSum == 0) {
      return null;
    }
    return BigDecimal.valueOf(100L * (sum - baselineSum))
        .divide(BigDecimal.valueOf(baselineSum), 1, RoundingMode.HALF_UP);
  }
}
