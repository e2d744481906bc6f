package org.trialdesk.randomization.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Permuted blocks within a stratum. Each block holds every arm exactly {@code size / ratioSum ×
 * ratio} times in an order shuffled by the seed; each new block's size is drawn uniformly from the
 * configured sizes (one size gives fixed blocks). Block {@code n} of a stratum depends only on the
 * seed, the stratum and {@code n}, so it can be rebuilt at any time without storing any list.
 */
public final class PermutedBlocks implements AllocationMethod {

  private final List<Integer> sizes;

  public PermutedBlocks(List<Integer> sizes) {
    if (sizes == null || sizes.isEmpty()) {
      throw new IllegalArgumentException("Permuted blocks need at least one block size");
    }
    this.sizes = List.copyOf(sizes);
  }

  @Override
  public String algorithm() {
    return "PERMUTED_BLOCK";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public Decision decide(AllocationInput input) {
    BlockState state = input.block();
    if (state.complete()) {
      int number = state.number() + 1;
      state = new BlockState(number, sizeOf(input.seed(), input.stratum(), number), 0);
    }
    List<String> block = block(input.seed(), input.arms(), input.stratum(), state);
    String arm = block.get(state.filled());
    return new Decision(
        arm, new BlockState(state.number(), state.size(), state.filled() + 1), null, null);
  }

  /** The size drawn for block {@code number} of {@code stratum}. */
  public int sizeOf(byte[] seed, String stratum, int number) {
    return sizes.get(SeededDraws.of(seed, "size|" + stratum + "|" + number).nextInt(sizes.size()));
  }

  /** The arms of one block in their shuffled order. */
  public static List<String> block(
      byte[] seed, List<ArmRatio> arms, String stratum, BlockState state) {
    int ratioSum = ArmRatio.sum(arms);
    if (state.size() % ratioSum != 0) {
      throw new IllegalArgumentException(
          "Block size " + state.size() + " is not a multiple of the ratio sum " + ratioSum);
    }
    List<String> block = new ArrayList<>(state.size());
    for (ArmRatio arm : arms) {
      for (int i = 0; i < state.size() / ratioSum * arm.ratio(); i++) {
        block.add(arm.code());
      }
    }
    SeededDraws draws = SeededDraws.of(seed, "block|" + stratum + "|" + state.number());
    for (int i = block.size() - 1; i > 0; i--) {
      int j = draws.nextInt(i + 1);
      String swap = block.get(i);
      block.set(i, block.get(j));
      block.set(j, swap);
    }
    return block;
  }
}
