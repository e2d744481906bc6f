package org.trialdesk.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CapitalsInputTest {

  @Test
  void initialsAreTheCapitalsMeant() {
    assertThat(CapitalsInput.capitals("ty")).isEqualTo("TY");
    assertThat(CapitalsInput.capitals(" Ty ")).isEqualTo("TY");
    assertThat(CapitalsInput.capitals("ＴＹ")).isEqualTo("TY");
    assertThat(CapitalsInput.capitals("T Y"))
        .as("left for the field's rule to refuse")
        .isEqualTo("T Y");
  }
}
