package org.trialdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.trialdesk.testsupport.Api;

/** Logging in and out in the browser, as a coordinator of one site. */
class LoginBrowserIT extends BrowserTest {

  @Override
  String user() {
    return "coordinator-osk";
  }

  @Test
  void aCoordinatorSeesOnlyTheirSiteAndLogsOut() throws Exception {
    assertThat(driver.findElement(By.id("nav:user")).getText()).isEqualTo("coordinator-osk");
    pages.openList().openTrial("IL2-HAI");
    assertThat(pages.textOf("sites")).contains("OSK").doesNotContain("KOB").doesNotContain("Kobe");

    pages.logOut();
    assertThat(driver.findElements(By.id("login:username"))).isNotEmpty();
    // The login page's icon is served to a visitor who is not logged in.
    String icon = driver.findElement(By.cssSelector("link[rel='icon']")).getAttribute("href");
    var answer =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(icon)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).startsWith("<svg");
    pages.open("trial/view.xhtml?code=IL2-HAI");
    assertThat(driver.findElements(By.id("login:username")))
        .as("after logout every page leads to the login page")
        .isNotEmpty();
  }

  @Test
  void aWrongPasswordGetsOneGenericMessage() {
    pages.logOut();
    pages.type("login:username", "coordinator-osk");
    pages.type("login:password", "wrong");
    pages.clickAndWaitForPage("login:submit");
    assertThat(pages.textOf("messages")).contains("Wrong username or password");
    pages.type("login:username", "no-such-user");
    pages.type("login:password", Api.DEMO_PASSWORD);
    pages.clickAndWaitForPage("login:submit");
    assertThat(pages.textOf("messages")).contains("Wrong username or password");
  }
}
