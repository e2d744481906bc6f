package org.trialdesk.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TokenLifetimeTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  @Test
  void todayUpToAYearAheadIsAllowed() {
    assertThat(TokenLifetime.refusal(TODAY, TODAY)).isEmpty();
    assertThat(TokenLifetime.refusal(TODAY.plusDays(90), TODAY)).isEmpty();
    assertThat(TokenLifetime.refusal(TODAY.plusDays(366), TODAY)).isEmpty();
  }

  @Test
  void thePastAndMoreThanAYearAreRefused() {
    assertThat(TokenLifetime.refusal(TODAY.minusDays(1), TODAY)).contains("token.expiresOn.past");
    assertThat(TokenLifetime.refusal(TODAY.plusDays(367), TODAY))
        .contains("token.expiresOn.tooLate");
  }

  @Test
  void aTokenWorksThroughItsExpiryDateInUtc() {
    assertThat(TokenLifetime.expiresAt(TODAY)).isEqualTo(Instant.parse("2026-12-04T00:00:00Z"));
    assertThat(TokenLifetime.today(Instant.parse("2026-12-03T23:59:59Z"))).isEqualTo(TODAY);
    assertThat(TokenLifetime.today(Instant.parse("2026-12-04T00:00:00Z")))
        .isEqualTo(TODAY.plusDays(1));
  }
}
