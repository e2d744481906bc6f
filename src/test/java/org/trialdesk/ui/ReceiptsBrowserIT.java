package org.trialdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Browser;
import org.trialdesk.testsupport.Deployments;
import org.trialdesk.testsupport.RandomizedTrial;

/**
 * The receipt a site keeps: the printable confirmation after randomizing in the wizard (English and
 * Japanese, the site's zone, nothing the site may not see, printed without the page's chrome), and
 * the monitor's check of pasted and uploaded codes.
 */
class ReceiptsBrowserIT extends BrowserTest {

  private static final String RECEIPT =
      "OSK-\\d{3}\\.[A-Za-z0-9]{1,8}\\.[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}";

  @Override
  String user() {
    return "coordinator-osk";
  }

  private void enrollAndRandomize(String code, String screening) {
    pages.open("subject/enroll.xhtml?trial=" + code);
    pages.type("wizard:screeningNumber", screening);
    pages.type("wizard:initials", "TY");
    pages.type("wizard:birthYear", "1948");
    pages.tick("wizard:sex:0");
    pages.clickAndWaitFor("wizard:next", "wizard:criteria");
    pages.tick("wizard:criteria:0:answer:0");
    pages.tick("wizard:criteria:1:answer:1");
    pages.clickAndWaitFor("wizard:next", "wizard:consentVersion");
    pages.type("wizard:consentVersion", "2.1");
    pages.type("wizard:consentDate_input", LocalDate.now().minusDays(2).toString());
    pages.clickAndWaitFor("wizard:next", "wizard:factorList:0:level");
    pages.choose("wizard:factorList:0:level", "Resected");
    pages.clickAndWaitFor("wizard:next", "wizard:confirmButton");
    pages.clickAndWaitFor("wizard:confirmButton", "wizard:receipt");
  }

  @Test
  void theWizardEndsWithAPrintableConfirmationInEnglishAndJapanese() throws Exception {
    String code = Deployments.uniqueCode("RCW");
    RandomizedTrial.create(
            new Api(base), code, RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY, null, 50, true)
        .open();

    enrollAndRandomize(code, "P-001");
    String receipt = pages.textOf("wizard:receipt");
    assertThat(receipt).matches(RECEIPT).startsWith("OSK-001.");
    String confirmation = pages.textOf("confirmation");
    assertThat(confirmation)
        .contains("Randomization confirmation")
        .contains(code)
        .contains("OSK-001")
        .contains("OSK")
        .contains("Receipt code")
        .contains("coordinator-osk")
        .doesNotContainPattern("\\bIL2\\b|\\bCHEMO\\b")
        .doesNotContain("Stratum")
        .doesNotContain("hash");
    assertThat(pages.textOf("wizard:arm")).as("blinded for the site").isEqualTo("Blinded");
    assertThat(pages.textOf("wizard:treatmentCode")).startsWith("TX-");
    assertThat(pages.textOf("wizard:randomizedAt"))
        .as("in the site's zone, the zone named")
        .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d JST");
    assertThat(
            new Api(base)
                .as("coordinator-osk")
                .get("trials/" + code + "/subjects/OSK-001/randomization")
                .object()
                .getString("receipt"))
        .as("the page shows the receipt the API gives")
        .isEqualTo(receipt);
    assertThat(driver.findElement(By.id("print")).isDisplayed()).isTrue();
    printed(
        () -> {
          assertThat(driver.findElement(By.id("nav")).isDisplayed())
              .as("no menu on paper")
              .isFalse();
          assertThat(driver.findElement(By.id("print")).isDisplayed()).as("no buttons").isFalse();
          assertThat(driver.findElement(By.id("steps")).isDisplayed()).isFalse();
          assertThat(driver.findElement(By.id("confirmation")).isDisplayed()).isTrue();
        });
    screenshots("wizard-en");

    pages.switchTo("ja");
    enrollAndRandomize(code, "P-002");
    assertThat(pages.textOf("confirmation"))
        .contains("割付確認書")
        .contains("受領コード")
        .contains("OSK-002");
    assertThat(pages.textOf("wizard:receipt")).matches(RECEIPT).startsWith("OSK-002.");
    assertThat(pages.textOf("wizard:arm")).isEqualTo("盲検");

    pages.open("subject/view.xhtml?trial=" + code + "&id=OSK-001");
    assertThat(pages.textOf("receipt")).isEqualTo(receipt);
    pages.clickAndWaitForPage("confirmation");
    assertThat(pages.textOf("receipt")).isEqualTo(receipt);
    assertThat(pages.textOf("confirmation")).contains("割付確認書").contains("割付日時");
    screenshots("page-ja");
    pages.switchTo("en");
    assertThat(pages.textOf("confirmation")).contains("Randomization confirmation");
    screenshots("page-en");
  }

  /** Runs {@code checks} while the page is laid out for paper, as the print dialog shows it. */
  private void printed(Runnable checks) {
    ChromeDriver chrome = (ChromeDriver) driver;
    chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      checks.run();
      Browser.keepScreenshot(driver, getClass().getSimpleName() + "-print");
    } finally {
      chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @Test
  void aMonitorSeesPresentMissingAndAlteredCodes() throws Exception {
    String code = Deployments.uniqueCode("RCM");
    RandomizedTrial trial = RandomizedTrial.recruiting(new Api(base), code);
    Api osk = new Api(base).as("coordinator-osk");
    String first = receiptOf(osk, trial, "M-1");
    String second = receiptOf(osk, trial, "M-2");
    // No allocation for OSK-099: what a lost row looks like. OSK-002's tag on OSK-001's record:
    // what a rewritten record looks like (ReceiptsApiIT rewrites real rows over JDBC).
    String missing = first.replace("OSK-001.", "OSK-099.");
    String altered =
        first.substring(0, first.lastIndexOf('.')) + second.substring(second.lastIndexOf('.'));

    pages.logOut().logIn("monitor", Api.DEMO_PASSWORD);
    pages.open("allocation/list.xhtml?trial=" + code);
    pages.clickAndWaitForPage("verify:receipts");
    assertThat(pages.title()).startsWith("Check receipts");
    pages.type("check:codes", first + "\n" + missing + "\n\n" + altered + "\n");
    pages.clickAndWaitForPage("check:submit");
    String results = pages.textOf("results");
    assertThat(results)
        .contains("OSK-001")
        .contains("OSK-099")
        .contains("Present: the record matches the receipt")
        .contains("Missing: there is no allocation for this subject")
        .contains("Altered: the record no longer matches the receipt")
        .doesNotContain("PRESENT")
        .doesNotContain("MISSING")
        .doesNotContain("ALTERED");
    assertThat(driver.findElements(By.cssSelector("#results .td-receipt-status")))
        .extracting(e -> e.getAttribute("data-status"))
        .containsExactly("PRESENT", "MISSING", "ALTERED");

    Path file = Files.createTempFile("receipts", ".csv");
    Files.writeString(
        file, "subject,receipt\nOSK-002,\"" + second + "\"\nOSK-001,OSK-001.K1.BAD\n");
    pages.switchTo("ja");
    pages.type("check:codes", "");
    driver.findElement(By.id("check:file")).sendKeys(file.toAbsolutePath().toString());
    pages.clickAndWaitForPage("check:submit");
    assertThat(pages.textOf("problems"))
        .contains("3: OSK-001,OSK-001.K1.BAD")
        .contains("受領コードの形式ではありません");
    assertThat(driver.findElements(By.id("results"))).isEmpty();

    Files.writeString(file, "subject,receipt\nOSK-002,\"" + second + "\"\n");
    driver.findElement(By.id("check:file")).sendKeys(file.toAbsolutePath().toString());
    pages.clickAndWaitForPage("check:submit");
    assertThat(pages.textOf("results")).contains("OSK-002").contains("記録あり");
  }

  private static String receiptOf(Api caller, RandomizedTrial trial, String screening) {
    String id =
        trial
            .enroll(caller, RandomizedTrial.eligible("OSK", screening, "R"))
            .getString("subjectId");
    return trial.randomize(caller, id).object().getString("receipt");
  }
}
