package org.trialdesk.randomization.control;

/**
 * Treatment (kit) codes for blinded trials: derived from the seed and the overall sequence, so they
 * reveal nothing about the arm, and unambiguous to read aloud (no 0/O, 1/I, 2/Z, 5/S, 8/B).
 */
public final class TreatmentCodes {

  private static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";

  private TreatmentCodes() {}

  public static String of(byte[] seed, long sequence) {
    SeededDraws draws = SeededDraws.of(seed, "treatment-code|" + sequence);
    StringBuilder code = new StringBuilder("TX-");
    for (int i = 0; i < 6; i++) {
      code.append(ALPHABET.charAt(draws.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }
}
