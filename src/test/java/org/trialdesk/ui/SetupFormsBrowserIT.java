package org.trialdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Deployments;

/**
 * The set-up forms check only what a button is about: adding a level checks its own factor, not a
 * title not yet typed; a probability written as a percentage or above 1 is refused next to its
 * field, in the page's language, never dropped.
 */
class SetupFormsBrowserIT extends BrowserTest {

  @Test
  void addingAFactorOrALevelChecksOnlyThatFactor() {
    pages.open("trial/edit.xhtml");
    pages.type("editor:target", "forty");

    pages.clickAndWaitFor("editor:addFactor", "editor:factors:0:factorCode");
    pages.typeAndLeave("editor:factors:0:factorCode", "nodes");
    // The factor has no name yet: adding its levels must not be refused for that.
    pages.clickAndWaitFor("editor:factors:0:addLevel", "editor:factors:0:levels:0:levelCode");
    pages.clickAndWaitFor("editor:factors:0:addLevel", "editor:factors:0:levels:1:levelCode");
    pages.clickAndWaitFor("editor:addCriterion", "editor:criteria:0:criterionCode");

    assertThat(pages.textOf("editor:targetMessage")).as("the whole form is not checked").isBlank();
    assertThat(pages.textOf("editor:titleMessage")).isBlank();
    assertThat(driver.findElement(By.id("editor:target")).getAttribute("value"))
        .as("what was typed elsewhere stays")
        .isEqualTo("forty");
    assertThat(driver.findElement(By.id("editor:factors:0:factorCode")).getAttribute("value"))
        .isEqualTo("nodes");
  }

  @Test
  void aProbabilityAsAPercentageOrAbove1IsRefusedNextToItsField() {
    String code = Deployments.uniqueCode("PRB");
    Api.Reply created =
        new Api(base)
            .as("admin")
            .post(
                "trials",
                """
                {"code": "%s", "title": "Probability test", "phase": "PHASE_2",
                 "targetEnrollment": 10,
                 "arms": [{"code": "A", "name": "Arm A", "ratio": 1, "regimen": [
                            {"agent": "MMC", "dose": 4, "unit": "MG",
                             "route": "HEPATIC_ARTERIAL_INFUSION", "schedule": "BOLUS_WEEKLY"}]},
                          {"code": "B", "name": "Arm B", "ratio": 1, "regimen": [
                            {"agent": "5-FU", "dose": 250, "unit": "MG",
                             "route": "HEPATIC_ARTERIAL_INFUSION", "schedule": "BOLUS_WEEKLY"}]}],
                 "factors": [{"code": "nodes", "name": "Nodal status", "levels": [
                               {"code": "N0", "name": "N0"}, {"code": "N1", "name": "N1+"}]}]}
                """
                    .formatted(code));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);

    pages.open("trial/randomization.xhtml?code=" + code);
    pages.chooseValue("scheme:method", "MINIMIZATION");
    pages.waitUntil(() -> !driver.findElements(By.id("scheme:probability")).isEmpty());
    driver.findElement(By.cssSelector("[id='scheme:factors:0:minimize'] .ui-chkbox-box")).click();

    pages.type("scheme:probability", "80%");
    assertThat(pages.clickAndReadMessage("scheme:save", "scheme:probabilityMessage"))
        .contains("0.8")
        .contains("80%");
    pages.type("scheme:probability", "1.5");
    assertThat(pages.clickAndReadMessage("scheme:save", "scheme:probabilityMessage"))
        .contains("at most 1");
    assertThat(new Api(base).as("admin").get("trials/" + code + "/randomization").status())
        .as("nothing stored")
        .isNotEqualTo(200);

    pages.switchTo("ja");
    pages.chooseValue("scheme:method", "MINIMIZATION");
    pages.waitUntil(() -> !driver.findElements(By.id("scheme:probability")).isEmpty());
    pages.type("scheme:probability", "80%");
    assertThat(pages.clickAndReadMessage("scheme:save", "scheme:probabilityMessage"))
        .contains("小数");
  }
}
