package org.trialdesk.randomization.control;

import java.util.Map;

/**
 * Earlier assignments as the dynamic methods see them: arm, stratum and factor levels, and how many
 * assignments share all three. The log is read grouped, so what a randomization reads grows with
 * the combinations of arms and levels, not with the number of subjects.
 */
public record PriorAllocation(String arm, String stratum, Map<String, String> levels, long count) {

  /** One assignment. */
  public PriorAllocation(String arm, String stratum, Map<String, String> levels) {
    this(arm, stratum, levels, 1);
  }
}
