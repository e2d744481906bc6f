package org.trialdesk.analysis.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CONSORT counts hold their invariants; the diagram escapes every text it draws. */
class ConsortTest {

  @Test
  void theCountsAddUp() {
    Consort.Flow flow =
        Consort.flow(
            10,
            Map.of("CRITERION:E1", 2, "WITHDRAWN", 1),
            List.of(new Consort.Arm("A", 4, 3, 1, 0, 4), new Consort.Arm("B", 3, 3, 0, 1, 3)));
    assertThat(flow.excluded()).isEqualTo(3);
    assertThat(flow.randomized()).isEqualTo(7);
    assertThat(flow.arms().get(0).notReceived()).isEqualTo(1);
    assertThatThrownBy(
            () -> Consort.flow(9, Map.of(), List.of(new Consort.Arm("A", 4, 4, 0, 0, 4))))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theDiagramEscapesWhatItDraws() {
    Consort.Flow flow =
        Consort.flow(2, Map.of("CRITERION:<b>", 1), List.of(new Consort.Arm(null, 1, 1, 0, 0, 1)));
    String svg =
        ConsortDiagram.svg(
            flow,
            arm -> "<script>alert(1)</script>",
            reason -> reason,
            (key, arguments) -> key + " " + java.util.Arrays.toString(arguments));
    assertThat(svg)
        .startsWith("<svg")
        .doesNotContain("<script>")
        .contains("&lt;script&gt;")
        .contains("CRITERION:&lt;b&gt;: 1")
        .contains("consort.randomized [1]");
  }
}
