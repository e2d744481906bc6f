package org.trialdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The start-up banner names the address and port the server really listens on. */
class StartupBannerTest {

  @AfterEach
  void clear() {
    System.clearProperty("jboss.bind.address");
    System.clearProperty("jboss.http.port");
    System.clearProperty("jboss.socket.binding.port-offset");
  }

  @Test
  void theDefaultIsLocalhostOnPort8080() {
    assertThat(StartupBanner.address()).isEqualTo("http://localhost:8080/");
  }

  @Test
  void aBoundHostAndAnOffsetPortAreNamed() {
    System.setProperty("jboss.bind.address", "10.0.0.7");
    System.setProperty("jboss.http.port", "8180");
    System.setProperty("jboss.socket.binding.port-offset", "100");
    assertThat(StartupBanner.address()).isEqualTo("http://10.0.0.7:8280/");
  }

  @Test
  void everyInterfaceIsNamedByTheMachinesName() {
    System.setProperty("jboss.bind.address", "0.0.0.0");
    assertThat(StartupBanner.address()).doesNotContain("0.0.0.0").endsWith(":8080/");
  }
}
