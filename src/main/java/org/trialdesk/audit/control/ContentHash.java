package org.trialdesk.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * SHA-256 over a record's audited fields, in their order, each length-prefixed: the same content
 * always gives the same hash, and any change of any field gives another.
 */
public final class ContentHash {

  private ContentHash() {}

  public static String of(String type, String key, Map<String, String> state) {
    StringBuilder canonical = new StringBuilder();
    append(canonical, type);
    append(canonical, key);
    state.forEach(
        (field, value) -> {
          append(canonical, field);
          append(canonical, value);
        });
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** Length-prefixed, so that ("ab", "c") and ("a", "bc") differ, and null differs from "". */
  private static void append(StringBuilder canonical, String value) {
    if (value == null) {
      canonical.append("-1:");
    } else {
      canonical.append(value.length()).append(':').append(value);
    }
  }
}
