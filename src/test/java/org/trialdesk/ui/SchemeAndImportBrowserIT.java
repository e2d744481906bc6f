package org.trialdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Deployments;
import org.trialdesk.testsupport.RandomizedTrial;

/** The administrator configures the scheme and imports earlier allocations from pages. */
class SchemeAndImportBrowserIT extends BrowserTest {

  @Test
  void theAdministratorChangesTheSchemeOfADraftTrialWithAReason() {
    String code = Deployments.uniqueCode("SCH");
    RandomizedTrial.create(
        new Api(base), code, RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY, null, 50, false);

    pages.open("trial/randomization.xhtml?code=" + code);
    assertThat(pages.textOf("current")).contains("1");
    pages.type("scheme:blockSizes", "3");
    pages.type("scheme:reason", "Blocks of 3 for the pilot");
    assertThat(pages.clickAndReadMessage("scheme:save", "scheme:blockSizesMessage"))
        .contains("multiple of the ratio sum 2");

    pages.type("scheme:blockSizes", "2, 4, 6");
    pages.clickAndWaitForPage("scheme:save");
    assertThat(pages.textOf("current")).contains("version 2");
    assertThat(pages.textOf("history:table"))
        .contains("2,4,6")
        .contains("Blocks of 3 for the pilot");
  }

  @Test
  void aBadFileIsRejectedLineByLineAndAGoodOneImported() throws IOException {
    String code = Deployments.uniqueCode("IMP");
    RandomizedTrial.create(
        new Api(base), code, RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY, null, 50, false);
    Path bad = Files.createTempFile("allocations", ".csv");
    Files.writeString(
        bad,
        "subjectId,siteCode,resectability,arm,randomizedOn\n"
            + "OSK-001,OSK,R,IL2,2025-01-10\n"
            + "OSK-002,OSK,R,PLACEBO,2025-01-11\n");
    Path good = Files.createTempFile("allocations", ".csv");
    Files.writeString(
        good,
        "subjectId,siteCode,resectability,arm,randomizedOn\n"
            + "OSK-001,OSK,R,IL2,2025-01-10\n"
            + "KOB-001,KOB,U,CHEMO,2025-01-11\n");

    pages.open("allocation/import.xhtml?trial=" + code);
    assertThat(pages.textOf("format"))
        .isEqualTo("subjectId,siteCode,resectability,arm,randomizedOn");
    driver.findElement(By.id("import:file")).sendKeys(bad.toAbsolutePath().toString());
    pages.clickAndWaitForPage("import:submit");
    assertThat(pages.textOf("problems")).contains("Line 3, arm").contains("PLACEBO");

    driver.findElement(By.id("import:file")).sendKeys(good.toAbsolutePath().toString());
    pages.clickAndWaitForPage("import:submit");
    assertThat(pages.textOf("messages")).contains("2 allocations imported");
    assertThat(new Api(base).as("monitor").get("trials/" + code + "/allocations").array())
        .hasSize(2);
  }
}
