package org.trialdesk.security.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secrets of personal API tokens: 256 random bits behind a recognizable prefix ({@code tdk_}),
 * so that secret scanners and people can tell one in a log or a commit. They are stored as SHA-256
 * only: a secret of that strength cannot be guessed from its hash, so the slow salted hash a
 * password needs would only cost every request the time it is meant to cost an attacker.
 */
public final class TokenSecrets {

  public static final String PREFIX = "tdk_";

  /** Characters of a secret its owner sees again in the list, to recognize it. */
  private static final int HINT_LENGTH = PREFIX.length() + 4;

  private static final Pattern WELL_FORMED = Pattern.compile("tdk_[A-Za-z0-9_-]{43}");

  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenSecrets() {}

  /** A new secret: shown to its owner once, never stored. */
  public static String generate() {
    byte[] bits = new byte[32];
    RANDOM.nextBytes(bits);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
  }

  /** Whether {@code secret} has the shape of one; anything else is refused before any lookup. */
  public static boolean wellFormed(String secret) {
    return secret != null && WELL_FORMED.matcher(secret).matches();
  }

  /** What is stored and looked up: the SHA-256 of the secret, in hex. */
  public static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(secret.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException everyJavaHasIt) {
      throw new IllegalStateException(everyJavaHasIt);
    }
  }

  /** The first characters, which the token list shows next to the name. */
  public static String hint(String secret) {
    return secret.substring(0, HINT_LENGTH);
  }
}
