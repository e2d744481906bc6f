package org.trialdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Deployments;
import org.trialdesk.testsupport.RandomizedTrial;
import org.trialdesk.testsupport.SiteDates;

/**
 * The enrollment wizard on a phone helps as it goes: words instead of Java's ranges, initials in
 * capitals, each step's rules checked as it is left, and a language switch that keeps every answer.
 */
class WizardFormsBrowserIT extends BrowserTest {

  @Override
  String user() {
    return "coordinator-osk";
  }

  @Test
  void theWizardOnAPhoneChecksEachStepAndKeepsAnswersAcrossALanguageSwitch() {
    String code = Deployments.uniqueCode("WFB");
    RandomizedTrial.create(
            new Api(base), code, RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY, null, 50, false)
        .open();
    phone();
    pages.open("subject/enroll.xhtml?trial=" + code);
    assertThat(pageWidth()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);
    pages.type("wizard:screeningNumber", "P-001");
    pages.typeAndLeave("wizard:initials", "ty");
    pages.waitUntil(
        () -> "TY".equals(driver.findElement(By.id("wizard:initials")).getAttribute("value")));
    pages.typeAndLeave("wizard:birthYear", "abcd");
    assertThat(pages.textOf("wizard:birthYearMessage"))
        .contains("not a whole number")
        .doesNotContain("2147483647");
    pages.typeAndLeave("wizard:birthYear", "2030");
    pages.waitUntil(() -> pages.textOf("wizard:birthYearMessage").isBlank());
    pages.tick("wizard:sex:0");
    assertThat(pages.clickAndReadMessage("wizard:next", "wizard:birthYearMessage"))
        .as("refused as step 1 is left, not at Randomize")
        .contains("future");
    pages.typeAndLeave("wizard:birthYear", "1950");
    pages.clickAndWaitFor("wizard:next", "wizard:criteria");
    pages.tick("wizard:criteria:0:answer:0");
    pages.tick("wizard:criteria:1:answer:1");
    pages.clickAndWaitFor("wizard:next", "wizard:consentVersion");
    pages.waitUntil(
        () ->
            "wizard:consentVersion"
                .equals(
                    ((JavascriptExecutor) driver)
                        .executeScript("return document.activeElement.id;")));
    screenshots("wizard-consent");
    phone();

    pages.switchTo("ja");
    assertThat(pages.textOf("steps")).contains("同意");
    assertThat(driver.findElements(By.id("wizard:consentVersion"))).as("same step").isNotEmpty();
    pages.type("wizard:consentVersion", "2.1");
    pages.typeDate(
        "wizard:consentDate",
        SiteDates.today().minusDays(2).format(DateTimeFormatter.ofPattern("yyyy/M/d")));
    pages.clickAndWaitFor("wizard:back", "wizard:criteria");
    pages.clickAndWaitFor("wizard:back", "wizard:initials");
    assertThat(driver.findElement(By.id("wizard:initials")).getAttribute("value")).isEqualTo("TY");
    assertThat(driver.findElement(By.id("wizard:birthYear")).getAttribute("value"))
        .isEqualTo("1950");
    pages.clickAndWaitFor("wizard:next", "wizard:criteria");
    pages.clickAndWaitFor("wizard:next", "wizard:consentVersion");
    pages.clickAndWaitFor("wizard:next", "wizard:factorList:0:level");
    pages.choose("wizard:factorList:0:level", "Unresectable");
    pages.clickAndWaitFor("wizard:next", "wizard:confirmButton");
    assertThat(pages.textOf("wizard:summary")).contains("P-001").contains("TY").contains("2.1");
    pages.clickAndWaitFor("wizard:confirmButton", "wizard:treatmentCode");
    assertThat(pageWidth()).isLessThanOrEqualTo(390);

    for (String page : List.of("subject/view", "subject/adverse-event", "subject/treatment")) {
      pages.open(page + ".xhtml?trial=" + code + "&id=OSK-001");
      assertThat(pageWidth()).as(page + " at 390 px").isLessThanOrEqualTo(390);
    }
    screenshots("adverse-event");
  }

  private void phone() {
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
  }

  private long pageWidth() {
    return (Long)
        ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
  }
}
