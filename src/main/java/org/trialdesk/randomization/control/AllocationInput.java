package org.trialdesk.randomization.control;

import java.util.List;
import java.util.Map;

/**
 * Everything one allocation decision depends on, all of it stored with the allocation so the
 * decision can be replayed: the trial's seed, its arms, the overall sequence number being filled,
 * the subject's stratum and factor levels, the stratum's block state and the earlier allocations.
 */
public record AllocationInput(
    byte[] seed,
    List<ArmRatio> arms,
    long sequence,
    String stratum,
    Map<String, String> levels,
    BlockState block,
    List<PriorAllocation> history) {}
