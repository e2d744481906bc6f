package org.trialdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.trialdesk.testsupport.Api;

/** A coordinator makes an API token on its page, sees the secret once, and revokes it. */
class TokensBrowserIT extends BrowserTest {

  @Override
  String user() {
    return "coordinator-osk";
  }

  @Test
  void aTokenMadeOnThePageWorksUntilRevokedThere() {
    pages.open("account/tokens.xhtml");
    assertThat(pages.clickAndReadMessage("token:issue", "token:nameMessage")).isNotBlank();
    assertThat(driver.findElements(By.id("token:secret"))).isEmpty();

    String name = "browser script " + System.nanoTime();
    pages.type("token:name", name);
    pages.clickAndWaitFor("token:issue", "token:secret");
    String secret = driver.findElement(By.id("token:secret")).getAttribute("value");
    assertThat(secret).startsWith("tdk_");
    assertThat(pages.textOf("token:tokens")).contains(name).contains("Active");
    Api client = new Api(base).bearer(secret);
    assertThat(client.get("trials").status()).isEqualTo(200);

    pages.switchTo("ja");
    assertThat(pages.textOf("page-title")).isEqualTo("API トークン");
    assertThat(driver.findElements(By.id("token:secret")))
        .as("the secret is not shown again")
        .isEmpty();
    assertThat(pages.textOf("token:tokens")).contains(name).contains("有効");

    By row = By.xpath("//*[@id='token:tokens_data']/tr[contains(., '" + name + "')]");
    driver.findElement(row).findElement(By.cssSelector("[id$=':revoke']")).click();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
    // This token's own row, found by its name: other tests leave tokens of this account, and the
    // table is re-rendered by the revoke, so the row is read afresh on each poll.
    wait.ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(row).getText().contains("失効"));
    assertThat(client.get("trials").status()).isEqualTo(401);
  }
}
