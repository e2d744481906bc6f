package org.trialdesk.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSecretsTest {

  @Test
  void aSecretIsWellFormedUniqueAndStoredOnlyAsItsHash() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String secret = TokenSecrets.generate();
      assertThat(TokenSecrets.wellFormed(secret)).as(secret).isTrue();
      assertThat(seen.add(secret)).isTrue();
      String hash = TokenSecrets.hash(secret);
      assertThat(hash).hasSize(64).matches("[0-9a-f]{64}").doesNotContain(secret.substring(4));
    }
  }

  @Test
  void theHashIsSha256OfTheSecret() {
    // SHA-256 of "abc" (FIPS 180-2, appendix B.1).
    assertThat(TokenSecrets.hash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void anythingElseIsNotASecret() {
    String secret = TokenSecrets.generate();
    assertThat(TokenSecrets.wellFormed(null)).isFalse();
    assertThat(TokenSecrets.wellFormed("")).isFalse();
    assertThat(TokenSecrets.wellFormed(secret.substring(1))).isFalse();
    assertThat(TokenSecrets.wellFormed(secret + "x")).isFalse();
    assertThat(TokenSecrets.wellFormed("tdk_" + "=".repeat(43))).isFalse();
    assertThat(TokenSecrets.wellFormed(secret.replace("tdk_", "TDK_"))).isFalse();
  }

  @Test
  void theHintIsThePrefixAndFourCharacters() {
    String secret = TokenSecrets.generate();
    assertThat(TokenSecrets.hint(secret))
        .hasSize(8)
        .startsWith("tdk_")
        .isEqualTo(secret.substring(0, 8));
  }
}
