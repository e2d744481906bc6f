package org.trialdesk.randomization.control;

import java.util.List;
import java.util.Objects;
import org.trialdesk.audit.control.ContentHash;
import org.trialdesk.randomization.entity.Allocation;
import org.trialdesk.randomization.entity.AllocationHead;

/** Hashes allocation records into a chain and checks a stored chain against its head. */
public final class AllocationChain {

  private AllocationChain() {}

  /** SHA-256 over the record's content, which includes the previous record's hash. */
  public static String hashOf(Allocation allocation) {
    return ContentHash.of(
        "Allocation",
        allocation.getTrialId() + "/" + allocation.getSequence(),
        allocation.content());
  }

  /**
   * The outcome of a verification: valid, or the first record that is wrong and why (a message key
   * of the bundle with its arguments).
   */
  public record Verdict(boolean valid, long records, Long firstInvalidSequence, String reasonKey) {

    static Verdict ok(long records) {
      return new Verdict(true, records, null, null);
    }

    static Verdict broken(long records, long sequence, String reasonKey) {
      return new Verdict(false, records, sequence, reasonKey);
    }
  }

  /**
   * Walks the records in sequence order: each must carry the next number, the previous record's
   * hash, and a hash that matches its content; the last must match the head, so a removed tail or a
   * forged head is caught too.
   */
  public static Verdict verify(List<Allocation> inOrder, AllocationHead head) {
    String previous = AllocationHead.GENESIS;
    long expected = 1;
    for (Allocation record : inOrder) {
      if (record.getSequence() != expected) {
        return Verdict.broken(inOrder.size(), expected, "verification.missing");
      }
      if (!record.getPreviousHash().equals(previous)) {
        return Verdict.broken(inOrder.size(), record.getSequence(), "verification.link");
      }
      if (!hashOf(record).equals(record.getHash())) {
        return Verdict.broken(inOrder.size(), record.getSequence(), "verification.content");
      }
      previous = record.getHash();
      expected++;
    }
    long last = expected - 1;
    if (head == null ? last != 0 : head.getLastSequence() != last) {
      return Verdict.broken(inOrder.size(), last + 1, "verification.missing");
    }
    if (head != null && !Objects.equals(head.getLastHash(), previous)) {
      return Verdict.broken(inOrder.size(), Math.max(last, 1), "verification.head");
    }
    return Verdict.ok(inOrder.size());
  }
}
