package org.trialdesk.randomization.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trialdesk.randomization.entity.Allocation;
import org.trialdesk.randomization.entity.AllocationHead;
import org.trialdesk.randomization.entity.FactorLevels;
import org.trialdesk.randomization.entity.Stratum;

/**
 * The value types hash to what commit 943adf0, which built allocations from joined strings, hashed
 * for the same records: the hashes below were printed by that version for a permuted-block, a
 * minimization and an imported allocation, chained in that order.
 */
class PreviousVersionHashesTest {

  private static final List<String> HASHES_OF_943ADF0 =
      List.of(
          "5a6a0964c0fa0750467de1364343c429e4338dee799f964e08a5c30ffd7ee3ec",
          "083c17fa55a659884cc3f5359af8a46c4a04f74032d40f53db3ef78129147f12",
          "06b5c426c9bcaf5e0b25b5fa4c5b421df3e37495bda1ed7db6b448c4b3eb6ad2");

  private static Map<String, String> levels(String... factorAndLevel) {
    Map<String, String> levels = new LinkedHashMap<>();
    for (int i = 0; i < factorAndLevel.length; i += 2) {
      levels.put(factorAndLevel[i], factorAndLevel[i + 1]);
    }
    return levels;
  }

  private static Allocation chained(
      long sequence, Allocation.Facts facts, String at, String by, String previous) {
    Allocation allocation = new Allocation(7L, sequence, facts, Instant.parse(at), by);
    allocation.chain(previous, AllocationChain::hashOf);
    return allocation;
  }

  @Test
  void theChainHashesWhatThePreviousVersionHashed() {
    Map<String, String> osk = levels("site", "OSK", "resectability", "R");
    Allocation blocks =
        chained(
            1,
            new Allocation.Facts(
                new Allocation.Assignee(11L, "OSK-001", "OSK"),
                new Allocation.Place(
                    Stratum.of(List.of("site", "resectability"), osk), FactorLevels.of(osk), 1),
                "IL2",
                "TX-ABCDE1",
                new Allocation.Method("PERMUTED_BLOCK", 1, 2),
                new Allocation.BlockPlace(1, 4, 1),
                Allocation.Working.NONE,
                false),
            "2026-11-01T09:30:00.123456789Z",
            "coordinator-osk",
            AllocationHead.GENESIS);
    Map<String, String> kob = levels("site", "KOB", "resectability", "U");
    Allocation minimization =
        chained(
            2,
            new Allocation.Facts(
                new Allocation.Assignee(12L, "KOB-001", "KOB"),
                new Allocation.Place(Stratum.of(List.of(), kob), FactorLevels.of(kob), 2),
                "CHEMO",
                "TX-ABCDE2",
                new Allocation.Method("MINIMIZATION", 1, 1),
                Allocation.BlockPlace.NONE,
                new Allocation.Working("IL2=1.0;CHEMO=3.5", "0.7315648193"),
                false),
            "2026-11-02T00:00:00Z",
            "coordinator-kob",
            blocks.getHash());
    Map<String, String> resected = levels("resectability", "R");
    Allocation imported =
        chained(
            3,
            new Allocation.Facts(
                new Allocation.Assignee(13L, "OSK-002", "OSK"),
                new Allocation.Place(
                    Stratum.of(List.of("resectability"), resected), FactorLevels.of(resected), 3),
                "IL2",
                "TX-ABCDE3",
                new Allocation.Method("IMPORT", 1, 1),
                Allocation.BlockPlace.NONE,
                Allocation.Working.NONE,
                true),
            "2025-01-10T00:00:00Z",
            "admin",
            minimization.getHash());

    assertThat(List.of(blocks.getHash(), minimization.getHash(), imported.getHash()))
        .isEqualTo(HASHES_OF_943ADF0);
    assertThat(blocks.getStratum()).isEqualTo("site=OSK;resectability=R");
    assertThat(blocks.getFactorValues()).isEqualTo("resectability=R;site=OSK");
    assertThat(minimization.getStratum()).isEqualTo("*");
  }
}
