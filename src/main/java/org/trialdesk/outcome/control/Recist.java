package org.trialdesk.outcome.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trialdesk.outcome.entity.NonTargetStatus;
import org.trialdesk.outcome.entity.Organ;
import org.trialdesk.outcome.entity.Response;
import org.trialdesk.platform.validation.Refusal;

/**
 * RECIST 1.1 (Eisenhauer et al., Eur J Cancer 45 (2009) 228, with EORTC's clarifications), in whole
 * millimetres so that no threshold depends on rounding: {@code 100 * sum <= 70 * baseline} is a
 * partial response.
 */
public final class Recist {

  public static final int MAX_TARGETS = 5;
  public static final int MAX_TARGETS_PER_ORGAN = 2;

  /** Longest diameter of a measurable lesion. */
  public static final int MEASURABLE_MM = 10;

  /** Short axis of a measurable (pathological) lymph node. */
  public static final int MEASURABLE_NODE_MM = 15;

  /** Short axis below which a node is normal (counts as gone for a complete response). */
  public static final int NORMAL_NODE_MM = 10;

  /** The absolute increase over the nadir that progression also needs. */
  public static final int PROGRESSION_MM = 5;

  /** The interval after which a response is confirmed, when the trial asks for confirmation. */
  public static final int CONFIRMATION_DAYS = 28;

  private Recist() {}

  /** A target lesion at baseline. */
  public record Target(Organ organ, int diameter) {}

  /**
   * A later time point: the targets' diameters in baseline order ({@code null} for one not
   * evaluated), the non-target lesions as a whole ({@code null} when there were none), new lesions.
   */
  public record TimePoint(
      LocalDate on, List<Integer> diameters, NonTargetStatus nonTargets, boolean newLesions) {}

  /** What RECIST makes of a time point; {@code sum} is null when a target was not evaluated. */
  public record Assessed(Integer sum, Integer nadir, Response target, Response overall) {}

  /** The refusals of a baseline's target lesions (fields {@code targets[i].…}). */
  public static List<Refusal> baselineRefusals(List<Target> targets) {
    List<Refusal> refusals = new ArrayList<>();
    if (targets.isEmpty()) {
      refusals.add(Refusal.of("targets", "recist.targets.none"));
    }
    if (targets.size() > MAX_TARGETS) {
      refusals.add(Refusal.of("targets", "recist.targets.tooMany", MAX_TARGETS));
    }
    Map<Organ, Integer> perOrgan = new EnumMap<>(Organ.class);
    for (int i = 0; i < targets.size(); i++) {
      Target target = targets.get(i);
      int seen = perOrgan.merge(target.organ(), 1, Integer::sum);
      if (seen > MAX_TARGETS_PER_ORGAN) {
        refusals.add(
            Refusal.of(
                "targets[" + i + "].organ", "recist.targets.perOrgan", MAX_TARGETS_PER_ORGAN));
      }
      int least = target.organ().nodal() ? MEASURABLE_NODE_MM : MEASURABLE_MM;
      if (target.diameter() < least) {
        refusals.add(
            Refusal.of(
                "targets[" + i + "].diameter",
                target.organ().nodal() ? "recist.node.notMeasurable" : "recist.notMeasurable",
                least));
      }
    }
    return refusals;
  }

  /** The time points in date order, each against the baseline and the nadir before it. */
  public static List<Assessed> assess(List<Target> baseline, List<TimePoint> points) {
    int baselineSum = baseline.stream().mapToInt(Target::diameter).sum();
    int nadir = baselineSum;
    boolean responded = false;
    List<Assessed> assessed = new ArrayList<>();
    for (TimePoint point : points) {
      Response target = target(baseline, point.diameters(), baselineSum, nadir, responded);
      Integer sum = sum(point.diameters());
      Response overall = overall(target, point.nonTargets(), point.newLesions());
      assessed.add(new Assessed(sum, nadir, target, overall));
      responded |= target == Response.CR || target == Response.PR;
      if (sum != null) {
        nadir = Math.min(nadir, sum);
      }
    }
    return assessed;
  }

  private static Response target(
      List<Target> baseline,
      List<Integer> diameters,
      int baselineSum,
      int nadir,
      boolean responded) {
    int measured = diameters.stream().filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
    boolean progressed = 100L * measured >= 120L * nadir && measured - nadir >= PROGRESSION_MM;
    if (incomplete(diameters)) {
      // What was measured may already be progression; otherwise the time point is not evaluable.
      return progressed ? Response.PD : Response.NE;
    }
    boolean gone = true;
    for (int i = 0; i < baseline.size(); i++) {
      int d = diameters.get(i);
      gone &= baseline.get(i).organ().nodal() ? d < NORMAL_NODE_MM : d == 0;
    }
    if (gone) {
      return Response.CR;
    }
    if (progressed) {
      return Response.PD;
    }
    // A response once assigned stays while progression is not met (EORTC's RECIST FAQ).
    return 100L * measured <= 70L * baselineSum || responded ? Response.PR : Response.SD;
  }

  /** RECIST 1.1 table 1: target, non-target and new lesions to the time point's response. */
  static Response overall(Response target, NonTargetStatus nonTargets, boolean newLesions) {
    if (newLesions || target == Response.PD || nonTargets == NonTargetStatus.PD) {
      return Response.PD;
    }
    if (target == Response.CR) {
      return nonTargets == null || nonTargets == NonTargetStatus.CR ? Response.CR : Response.PR;
    }
    return target;
  }

  private static Integer sum(List<Integer> diameters) {
    return incomplete(diameters) ? null : diameters.stream().mapToInt(Integer::intValue).sum();
  }

  // Not List.contains: immutable lists refuse to be asked about null.
  private static boolean incomplete(List<Integer> diameters) {
    return diameters.stream().anyMatch(Objects::isNull);
  }

  /** A time point's response as it counts: an investigator's override, else the computed one. */
  public record Dated(LocalDate on, Response response) {}

  /**
   * The best overall response: the best time point up to the first progression; with {@code
   * confirm}, a complete or partial response counts only when a later time point at least {@link
   * #CONFIRMATION_DAYS} after it shows one as good (a CR then a PR confirms a PR), and an
   * unconfirmed one counts as stable disease.
   */
  public static Response best(List<Dated> points, boolean confirm) {
    List<Dated> untilProgression = new ArrayList<>();
    for (Dated point : points) {
      untilProgression.add(point);
      if (point.response() == Response.PD) {
        break;
      }
    }
    Response best = Response.NE;
    for (int i = 0; i < untilProgression.size(); i++) {
      Response r = untilProgression.get(i).response();
      if (confirm && r.objective()) {
        r = confirmed(untilProgression, i);
      }
      if (rank(r) > rank(best)) {
        best = r;
      }
    }
    return best;
  }

  private static Response confirmed(List<Dated> points, int i) {
    Dated first = points.get(i);
    Response best = Response.SD;
    for (Dated later : points.subList(i + 1, points.size())) {
      if (ChronoUnit.DAYS.between(first.on(), later.on()) >= CONFIRMATION_DAYS
          && later.response().objective()) {
        Response both =
            first.response() == Response.CR && later.response() == Response.CR
                ? Response.CR
                : Response.PR;
        best = rank(both) > rank(best) ? both : best;
      }
    }
    return best;
  }

  private static int rank(Response r) {
    return switch (r) {
      case CR -> 4;
      case PR -> 3;
      case SD -> 2;
      case PD -> 1;
      case NE -> 0;
    };
  }
}
