package org.trialdesk.randomization.control;

/**
 * Where a stratum stands in its list of permuted blocks: the current block's number (from 1) and
 * size, and how many of its places are taken. {@link #START} is a stratum nobody entered yet.
 */
public record BlockState(int number, int size, int filled) {

  public static final BlockState START = new BlockState(0, 0, 0);

  public boolean complete() {
    return filled >= size;
  }
}
