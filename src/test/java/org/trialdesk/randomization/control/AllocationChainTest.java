package org.trialdesk.randomization.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialdesk.randomization.entity.Allocation;
import org.trialdesk.randomization.entity.AllocationHead;
import org.trialdesk.randomization.entity.FactorLevels;
import org.trialdesk.randomization.entity.Stratum;

class AllocationChainTest {

  private static Allocation record(long sequence, String arm, String previous) {
    Allocation allocation =
        new Allocation(
            7L,
            sequence,
            new Allocation.Facts(
                new Allocation.Assignee(sequence, "OSK-00" + sequence, "OSK"),
                new Allocation.Place(
                    new Stratum("site=OSK"), new FactorLevels("site=OSK"), (int) sequence),
                arm,
                "TX-AAAAA" + sequence,
                new Allocation.Method("PERMUTED_BLOCK", 1, 1),
                new Allocation.BlockPlace(1, 4, (int) sequence),
                Allocation.Working.NONE,
                false),
            Instant.parse("2026-11-01T09:30:00.123456789Z"),
            "coordinator-osk");
    allocation.chain(previous, AllocationChain::hashOf);
    return allocation;
  }

  private static List<Allocation> chain(String... arms) {
    List<Allocation> chain = new ArrayList<>();
    String previous = AllocationHead.GENESIS;
    for (int i = 0; i < arms.length; i++) {
      Allocation next = record(i + 1, arms[i], previous);
      chain.add(next);
      previous = next.getHash();
    }
    return chain;
  }

  private static AllocationHead headOf(List<Allocation> chain) {
    AllocationHead head = new AllocationHead(7L);
    Allocation last = chain.get(chain.size() - 1);
    head.advance(last.getSequence(), last.getHash());
    return head;
  }

  @Test
  void anUntouchedChainIsValid() {
    List<Allocation> chain = chain("IL2", "CHEMO", "CHEMO", "IL2");
    assertThat(AllocationChain.verify(chain, headOf(chain)).valid()).isTrue();
    assertThat(AllocationChain.verify(List.of(), null).valid()).isTrue();
  }

  @Test
  void theHashCoversTheArmAndTheTimeAsStored() {
    Allocation one = record(1, "IL2", AllocationHead.GENESIS);
    Allocation other = record(1, "CHEMO", AllocationHead.GENESIS);
    assertThat(one.getHash()).isNotEqualTo(other.getHash()).hasSize(64);
    assertThat(one.getRandomizedAt()).isEqualTo(Instant.parse("2026-11-01T09:30:00.123456Z"));
  }

  @Test
  void aChangedRecordIsFoundAtItsSequence() {
    List<Allocation> chain = chain("IL2", "CHEMO", "CHEMO", "IL2");
    AllocationHead head = headOf(chain);
    Allocation forged = record(3, "IL2", chain.get(1).getHash());
    // A forger who rehashes the record still breaks the link of the next one.
    chain.set(2, forged);
    AllocationChain.Verdict verdict = AllocationChain.verify(chain, head);
    assertThat(verdict.valid()).isFalse();
    assertThat(verdict.firstInvalidSequence()).isEqualTo(4);
    assertThat(verdict.reasonKey()).isEqualTo("verification.link");
  }

  @Test
  void aRemovedRecordOrTailIsFound() {
    List<Allocation> chain = chain("IL2", "CHEMO", "CHEMO", "IL2");
    AllocationHead head = headOf(chain);
    List<Allocation> gap = new ArrayList<>(chain);
    gap.remove(1);
    assertThat(AllocationChain.verify(gap, head).firstInvalidSequence()).isEqualTo(2);
    List<Allocation> tail = new ArrayList<>(chain.subList(0, 3));
    AllocationChain.Verdict truncated = AllocationChain.verify(tail, head);
    assertThat(truncated.valid()).isFalse();
    assertThat(truncated.firstInvalidSequence()).isEqualTo(4);
    assertThat(truncated.reasonKey()).isEqualTo("verification.missing");
  }
}
