package org.trialdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Deployments;

/** An administrator creates a coordinator, who logs in; once disabled, the login is refused. */
class UserAdminBrowserIT extends BrowserTest {

  @Test
  void aNewCoordinatorLogsInUntilDisabled() {
    String username = "crc-" + Deployments.uniqueCode("").toLowerCase();
    pages.open("admin/user.xhtml");
    pages.type("user:username", username);
    pages.type("user:fullName", "Hanako Sato");
    driver.findElement(By.cssSelector("[id='user:roles'] label[for$='user:roles:1']")).click();
    driver.findElement(By.cssSelector("[id='user:sites'] label")).click();
    pages.type("user:password", "short");
    assertThat(pages.clickAndReadMessage("user:save", "user:passwordMessage")).contains("8");
    pages.type("user:password", "long-enough-secret");
    pages.clickAndWaitForPage("user:save");
    assertThat(pages.pageText()).contains(username);

    assertThat(new Api(base).as(username, "long-enough-secret").get("trials").status())
        .isEqualTo(200);

    pages.open("admin/user.xhtml?username=" + username);
    driver.findElement(By.cssSelector("[id='user:enabled'] .ui-chkbox-box")).click();
    pages.type("user:reason", "Left the study team");
    pages.clickAndWaitForPage("user:save");

    assertThat(new Api(base).as(username, "long-enough-secret").get("trials").status())
        .isEqualTo(401);
    pages.open("audit/list.xhtml");
    pages.type("audit:key", username);
    pages.clickAndWaitForText("audit:apply", "audit:table", "Left the study team");
  }
}
