package org.trialdesk.randomization.control;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs a method over many subjects the way the service does: block state per stratum, history. */
final class Sequences {

  final List<PriorAllocation> history = new ArrayList<>();
  final Map<String, BlockState> blocks = new HashMap<>();
  final Map<String, List<BlockState>> blockTrail = new HashMap<>();
  private final AllocationMethod method;
  private final List<ArmRatio> arms;
  private final byte[] seed;

  Sequences(AllocationMethod method, List<ArmRatio> arms, long seed) {
    this.method = method;
    this.arms = arms;
    this.seed = seed(seed);
  }

  static byte[] seed(long value) {
    return ByteBuffer.allocate(32).putLong(value).putLong(~value).array();
  }

  Decision next(String stratum, Map<String, String> levels) {
    BlockState block = blocks.getOrDefault(stratum, BlockState.START);
    Decision decision =
        method.decide(
            new AllocationInput(
                seed, arms, history.size() + 1, stratum, levels, block, List.copyOf(history)));
    blocks.put(stratum, decision.block());
    blockTrail.computeIfAbsent(stratum, s -> new ArrayList<>()).add(decision.block());
    history.add(new PriorAllocation(decision.arm(), stratum, levels));
    return decision;
  }

  List<String> run(String stratum, int n) {
    List<String> arms = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      arms.add(next(stratum, Map.of()).arm());
    }
    return arms;
  }
}
