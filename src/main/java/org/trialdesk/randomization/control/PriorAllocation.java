package org.trialdesk.randomization.control;

import java.util.Map;

/** An earlier assignment as the dynamic methods see it: its arm, stratum and factor levels. */
public record PriorAllocation(String arm, String stratum, Map<String, String> levels) {}
