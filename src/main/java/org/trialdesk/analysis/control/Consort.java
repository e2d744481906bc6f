package org.trialdesk.analysis.control;

import java.util.List;
import java.util.Map;

/**
 * CONSORT flow counts and their invariants: assessed = excluded + randomized, randomized = the sum
 * of allocated per arm, and per arm received + did not receive = allocated.
 */
public final class Consort {

  private Consort() {}

  /** One reason for exclusion, as a code ({@code CRITERION:E3}, {@code WITHDRAWN}, …). */
  public record Reason(String reason, int count) {}

  public record Arm(
      String arm,
      int allocated,
      int received,
      int notReceived,
      int lostToFollowUp,
      int discontinued,
      int analysed) {

    public Arm(
        String arm,
        int allocated,
        int received,
        int lostToFollowUp,
        int discontinued,
        int analysed) {
      this(arm, allocated, received, allocated - received, lostToFollowUp, discontinued, analysed);
    }
  }

  public record Flow(
      int assessed, int excluded, List<Reason> reasons, int randomized, List<Arm> arms) {}

  public static Flow flow(int assessed, Map<String, Integer> excludedByReason, List<Arm> arms) {
    int excluded = excludedByReason.values().stream().mapToInt(Integer::intValue).sum();
    int randomized = arms.stream().mapToInt(Arm::allocated).sum();
    if (assessed != excluded + randomized) {
      throw new IllegalStateException(
          "CONSORT counts do not add up: " + assessed + " != " + excluded + " + " + randomized);
    }
    return new Flow(
        assessed,
        excluded,
        excludedByReason.entrySet().stream()
            .map(e -> new Reason(e.getKey(), e.getValue()))
            .toList(),
        randomized,
        arms);
  }
}
