package org.trialdesk.trial.control;

import java.math.BigDecimal;

/**
 * Prints dose amounts the way protocols write them: small amounts plainly ({@code 250}, {@code
 * 0.5}), large ones in scientific notation ({@code 7 × 10⁵}) so that nobody miscounts zeros.
 */
public final class DoseAmounts {

  private static final BigDecimal SCIENTIFIC_FROM = BigDecimal.valueOf(10_000);
  private static final char[] SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹".toCharArray();

  private DoseAmounts() {}

  public static String format(BigDecimal amount) {
    BigDecimal plain = amount.stripTrailingZeros();
    if (plain.abs().compareTo(SCIENTIFIC_FROM) < 0) {
      return plain.toPlainString();
    }
    int exponent = plain.precision() - plain.scale() - 1;
    BigDecimal mantissa = plain.movePointLeft(exponent).stripTrailingZeros();
    return mantissa.toPlainString() + " × 10" + superscript(exponent);
  }

  private static String superscript(int exponent) {
    StringBuilder digits = new StringBuilder();
    for (char digit : Integer.toString(exponent).toCharArray()) {
      digits.append(SUPERSCRIPT_DIGITS[digit - '0']);
    }
    return digits.toString();
  }
}
