package org.trialdesk.randomization.control;

/**
 * One randomization method. Implementations are pure functions of their input: the same input gives
 * the same decision, which is what re-derivation relies on. Changing what an implementation decides
 * for a given input requires a new {@link #version()}.
 */
public interface AllocationMethod {

  /** The algorithm's name as stored with every allocation. */
  String algorithm();

  int version();

  Decision decide(AllocationInput input);
}
