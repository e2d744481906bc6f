package org.trialdesk.randomization.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionTest {

  @Test
  void scoresAreWrittenAsTheChainHashesThemAndAbsentWithoutScores() {
    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put("IL2", 0.5);
    scores.put("CHEMO", 1.0);
    assertThat(new Decision("IL2", BlockState.START, scores, 0.25).scoresText())
        .isEqualTo("IL2=0.5;CHEMO=1.0");
    assertThat(new Decision("IL2", BlockState.START, null, null).scoresText()).isNull();
  }
}
