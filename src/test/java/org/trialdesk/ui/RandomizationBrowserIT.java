package org.trialdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Deployments;
import org.trialdesk.testsupport.RandomizedTrial;
import org.trialdesk.testsupport.SiteDates;

/** A coordinator enrolls and randomizes through the wizard; a monitor verifies the chain. */
class RandomizationBrowserIT extends BrowserTest {

  @Override
  String user() {
    return "coordinator-osk";
  }

  @Test
  void aCoordinatorEnrollsThroughTheWizardAndAMonitorVerifiesTheChain() {
    String code = Deployments.uniqueCode("WIZ");
    RandomizedTrial.create(
            new Api(base), code, RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY, null, 50, false)
        .open();

    pages.open("subject/enroll.xhtml?trial=" + code);
    assertThat(pages.clickAndReadMessage("wizard:next", "wizard:initialsMessage")).isNotBlank();
    pages.type("wizard:screeningNumber", "W-001");
    pages.type("wizard:initials", "T Y");
    pages.type("wizard:birthYear", "1948");
    pages.tick("wizard:sex:0");
    pages.clickAndWaitForText("wizard:next", "wizard:initialsMessage", "capital letters");
    pages.type("wizard:initials", "TY");
    pages.clickAndWaitFor("wizard:next", "wizard:criteria");

    pages.tick("wizard:criteria:0:answer:0");
    pages.tick("wizard:criteria:1:answer:1");
    pages.clickAndWaitFor("wizard:next", "wizard:consentVersion");
    pages.type("wizard:consentVersion", "2.1");
    pages.type("wizard:consentDate_input", SiteDates.today().minusDays(2).toString());
    pages.clickAndWaitFor("wizard:next", "wizard:factorList:0:level");
    pages.choose("wizard:factorList:0:level", "Unresectable");
    pages.clickAndWaitFor("wizard:next", "wizard:confirmButton");
    assertThat(pages.textOf("wizard:summary")).contains("W-001").contains("TY").contains("2.1");

    pages.clickAndWaitFor("wizard:confirmButton", "wizard:treatmentCode");
    assertThat(pages.textOf("wizard:arm")).isIn("IL2", "CHEMO");
    assertThat(pages.textOf("wizard:treatmentCode")).startsWith("TX-");
    assertThat(pages.textOf("wizard:subjectLink")).isEqualTo("OSK-001");
    String arm = pages.textOf("wizard:arm");

    pages.open("subject/view.xhtml?trial=" + code + "&id=OSK-001");
    assertThat(pages.textOf("arm")).isEqualTo(arm);
    assertThat(pages.textOf("status-text")).contains("Randomized");
    assertThat(pages.textOf("factor-values"))
        .as("factors and levels by their names, never as codes")
        .contains("Resectability")
        .contains("Unresectable")
        .doesNotContain("resectability=");
    assertThat(pages.textOf("eligibility")).contains("Adenocarcinoma").contains("Extrahepatic");

    pages.open("trial/view.xhtml?code=" + code);
    driver.findElement(By.id("history-toggle")).click();
    assertThat(pages.textOf("history:table"))
        .as("no scheme details for sites")
        .doesNotContain("blockSizes");
    pages.open("trial/randomization.xhtml?code=" + code);
    assertThat(pages.title()).isEqualTo("Not allowed");
    pages.open("allocation/list.xhtml?trial=" + code);
    assertThat(pages.title()).isEqualTo("Not allowed");

    pages.logOut().logIn("monitor", Api.DEMO_PASSWORD);
    pages.open("allocation/list.xhtml?trial=" + code);
    assertThat(pages.textOf("allocations:table")).contains("OSK-001").contains(arm);
    pages.clickAndWaitFor("verify:run", "verify:verdictText");
    assertThat(pages.textOf("verify:verdictText")).contains("Chain valid").contains("(1)");
    pages.clickAndWaitFor("allocations:table:0:rederive", "rederivationText");
    assertThat(pages.textOf("rederivationText")).contains("same arm").contains(arm + " → " + arm);
    assertThat(pages.textOf("working")).contains("Scheme version").contains("block 1 of size");
    assertThat(pages.textOf("overall")).contains("Total").doesNotContain("=");
  }

  @Test
  void aScreenFailureEndsTheWizardWithoutRandomizationInJapanese() {
    String code = Deployments.uniqueCode("WSF");
    RandomizedTrial.create(
            new Api(base), code, RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY, null, 50, false)
        .open();
    pages.switchTo("ja");
    pages.open("subject/enroll.xhtml?trial=" + code);
    pages.type("wizard:screeningNumber", "W-002");
    pages.type("wizard:initials", "HK");
    pages.type("wizard:birthYear", "1960");
    pages.tick("wizard:sex:1");
    pages.clickAndWaitFor("wizard:next", "wizard:criteria");
    assertThat(pages.textOf("steps")).contains("適格性");
    pages.tick("wizard:criteria:0:answer:0");
    pages.tick("wizard:criteria:1:answer:0");
    pages.clickAndWaitFor("wizard:next", "wizard:screenFailure");
    pages.clickAndWaitFor("wizard:confirmButton", "wizard:resultStatus");
    assertThat(pages.textOf("wizard:resultStatus")).isEqualTo("スクリーニング脱落");
    assertThat(pages.pageText()).doesNotContain("TX-");
  }
}
