package org.trialdesk.randomization.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Receipt codes a site keeps for each randomization: {@code <subjectId>.<keyId>.<tag>}, e.g. {@code
 * OSK-004.K1.7KQ2-M9XD-PA4T-BC3F}. The tag is the first 80 bits of HMAC-SHA256 under a server-held
 * key over the trial code, subject ID, arm, treatment code and randomization time, written in
 * Crockford's base 32 in four groups. The subject ID and key id travel in clear so the server knows
 * which record and which key to check against; the tag reveals nothing without the key, neither the
 * arm nor the sequence (the sequence is not even covered). The arm is covered besides the treatment
 * code because the allocation chain is an unkeyed hash: someone who rewrites an arm can re-hash the
 * chain, but cannot remake the receipts.
 */
public final class ReceiptCodes {

  /** Tag length in bytes: 80 bits, sixteen base-32 characters. */
  static final int TAG_BYTES = 10;

  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final String DOMAIN = "trialdesk-receipt-v1";
  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9]{1,8}");
  private static final Pattern TAG = Pattern.compile("[0-9A-Za-z]{16}");
  private static final int MAX_SUBJECT_ID = 64;

  /** Longest text read as a code; receipts are about 30 characters. */
  public static final int MAX_LENGTH = 100;

  private ReceiptCodes() {}

  /** What a receipt covers: exactly the stored values, the time to the stored microsecond. */
  public record Record(
      String trialCode, String subjectId, String arm, String treatmentCode, Instant randomizedAt) {}

  /** A receipt code taken apart; {@link #tag} is canonical (upper case, no hyphens). */
  public record Parsed(String subjectId, String keyId, String tag) {}

  /** Why a text is not a receipt code: a bundle key. */
  public static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed() {
      super("receipt.malformed");
    }
  }

  /** The receipt code of {@code record} signed by the keyring's signing key. */
  public static String of(ReceiptKeyring keys, Record record) {
    String tag = encode(tag(keys.signingKey(), record));
    return record.subjectId()
        + "."
        + keys.signingKeyId()
        + "."
        + String.join("-", tag.substring(0, 4), tag.substring(4, 8), tag.substring(8, 12))
        + "-"
        + tag.substring(12);
  }

  /**
   * Whether {@code parsed} was made over {@code record} with the key it names; {@code false} also
   * when the keyring no longer holds that key (callers check {@link ReceiptKeyring#holds} first).
   */
  public static boolean matches(ReceiptKeyring keys, Parsed parsed, Record record) {
    byte[] key = keys.key(parsed.keyId());
    if (key == null || !parsed.subjectId().equals(record.subjectId())) {
      return false;
    }
    return MessageDigest.isEqual(
        encode(tag(key, record)).getBytes(StandardCharsets.US_ASCII),
        parsed.tag().getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Takes a code apart as people type it: surrounding blanks ignored, the tag in any case, with or
   * without hyphens, O read as 0 and I or L as 1 (Crockford's rules).
   */
  public static Parsed parse(String text) throws Malformed {
    if (text == null || text.length() > MAX_LENGTH) {
      throw new Malformed();
    }
    String code = text.strip();
    int tagDot = code.lastIndexOf('.');
    int keyDot = tagDot <= 0 ? -1 : code.lastIndexOf('.', tagDot - 1);
    if (keyDot <= 0 || keyDot > MAX_SUBJECT_ID) {
      throw new Malformed();
    }
    String subjectId = code.substring(0, keyDot);
    String keyId = code.substring(keyDot + 1, tagDot);
    String tag =
        code.substring(tagDot + 1)
            .replace("-", "")
            .toUpperCase(java.util.Locale.ROOT)
            .replace('O', '0')
            .replace('I', '1')
            .replace('L', '1');
    if (subjectId.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))
        || !KEY_ID.matcher(keyId).matches()
        || !TAG.matcher(tag).matches()
        || tag.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
      throw new Malformed();
    }
    return new Parsed(subjectId, keyId, tag);
  }

  static byte[] tag(byte[] key, Record record) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      // Each field with its length first, so no two different records read as the same bytes.
      for (String field :
          new String[] {
            DOMAIN,
            record.trialCode(),
            record.subjectId(),
            record.arm(),
            record.treatmentCode(),
            String.valueOf(micros(record.randomizedAt()))
          }) {
        byte[] bytes = String.valueOf(field).getBytes(StandardCharsets.UTF_8);
        mac.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        mac.update(bytes);
      }
      return Arrays.copyOf(mac.doFinal(), TAG_BYTES);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }

  /** Microseconds since the epoch: what the database keeps, in a form that has one spelling. */
  static long micros(Instant at) {
    return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
  }

  /** Crockford's base 32 of a whole number of 5-byte groups. */
  static String encode(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(ALPHABET.charAt((buffer >>> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    return out.toString();
  }
}
