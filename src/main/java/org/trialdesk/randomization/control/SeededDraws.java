package org.trialdesk.randomization.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A reproducible stream of random numbers for one named decision of one trial: HMAC-SHA256 keyed by
 * the trial's secret seed over the decision's label and a counter. The same seed and label give the
 * same numbers on any machine and in any JVM, which is what lets a monitor re-derive an assignment;
 * without the seed the numbers cannot be predicted.
 */
public final class SeededDraws {

  private final Mac mac;
  private final byte[] label;
  private long counter;
  private ByteBuffer block = ByteBuffer.allocate(0);

  private SeededDraws(byte[] seed, String label) {
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(seed, "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
    this.label = label.getBytes(StandardCharsets.UTF_8);
  }

  public static SeededDraws of(byte[] seed, String label) {
    if (seed == null || seed.length < 16) {
      throw new IllegalArgumentException("A seed has at least 128 bits");
    }
    return new SeededDraws(seed, label);
  }

  /** A uniform number in [0, 1) with 53 random bits. */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** A uniform integer in [0, bound), without modulo bias. */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive");
    }
    long limit = Long.MAX_VALUE - (Long.MAX_VALUE % bound);
    while (true) {
      long candidate = nextLong() >>> 1;
      if (candidate < limit) {
        return (int) (candidate % bound);
      }
    }
  }

  private long nextLong() {
    if (block.remaining() < Long.BYTES) {
      mac.update(label);
      mac.update(ByteBuffer.allocate(Long.BYTES).putLong(counter++).array());
      block = ByteBuffer.wrap(mac.doFinal());
    }
    return block.getLong();
  }
}
