package org.trialdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Deployments;
import org.trialdesk.testsupport.RandomizedTrial;

/**
 * A monitor reads the allocation log as a report (balance by arm, site, factor and stratum by their
 * names, the guessing risk as a percentage, the re-derivation's working, the chain's head) and
 * exports the log and the audit trail, as filtered, to CSV.
 */
class MonitorConsoleBrowserIT extends BrowserTest {

  @Override
  String user() {
    return "monitor";
  }

  @Test
  void theAllocationLogReadsLikeAReportAndExportsWhatIsFiltered() {
    String code = Deployments.uniqueCode("MON");
    RandomizedTrial trial = RandomizedTrial.recruiting(new Api(base), code);
    Api osk = new Api(base).as("coordinator-osk");
    for (int i = 1; i <= 3; i++) {
      trial.randomizedSubject(osk, "OSK", "MON-" + i);
    }
    String kob =
        trial.randomizedSubject(new Api(base).as("coordinator-kob"), "KOB", "MON-4").subjectId();
    Api monitor = new Api(base).as("monitor");
    JsonArray log = monitor.get("trials/" + code + "/allocations").array();
    String kobe = monitor.get("sites/KOB").object().getString("name");

    pages.open("allocation/list.xhtml?trial=" + code);
    assertThat(pages.textOf("overall")).contains("IL-2 + chemo").contains("Chemo").contains("4");
    assertThat(pages.textOf("bySite")).contains(kobe).doesNotContain("{").doesNotContain("=");
    assertThat(pages.textOf("factors:0:byFactor")).contains("Resectability").contains("Resected");
    assertThat(pages.textOf("byStratum"))
        .contains("Resectability: Resected")
        .contains(kobe)
        .doesNotContain("resectability=");
    assertThat(pages.textOf("guessPercent")).matches("\\d{1,3}\\.\\d%");
    assertThat(pages.textOf("headHash"))
        .isEqualTo(log.getJsonObject(log.size() - 1).getString("hash"));
    driver.findElement(By.id("copyHead")).click();
    pages.waitForText("copyHead", "Copied");

    pages.clickAndWaitFor("allocations:table:0:rederive", "working");
    assertThat(pages.textOf("working"))
        .contains("Scheme version")
        .contains("Permuted blocks")
        .contains("Resectability: Resected")
        .contains("block 1 of size");

    WebElement siteFilter =
        driver.findElement(
            By.xpath("//*[@id='allocations:table']//th[.//*[text()='Site']]//input"));
    siteFilter.sendKeys("KOB");
    pages.waitUntil(() -> !pages.textOf("allocations:table").contains("OSK-"));
    String csv = download("allocations:csv");
    assertThat(csv.lines()).hasSize(2);
    assertThat(csv).startsWith("sequence,subjectId,siteCode").contains(kob).doesNotContain("OSK-");

    pages.switchTo("ja");
    assertThat(pages.textOf("overall")).contains("合計");
    assertThat(pages.textOf("guessing")).contains("でたらめに予想した場合の的中率は 50%");
    screenshots("allocations");
  }

  @Test
  void theAuditTrailIsFilteredAsTypedAndExported() {
    String code = Deployments.uniqueCode("MAU");
    RandomizedTrial trial = RandomizedTrial.recruiting(new Api(base), code);
    String subject =
        trial.randomizedSubject(new Api(base).as("coordinator-osk"), "OSK", "MAU-1").subjectId();

    pages.open("audit/list.xhtml");
    pages.choose("audit:entity", "Subject");
    pages.type("audit:key", (code + "/subjects/" + subject).toLowerCase());
    pages.clickAndWaitForText("audit:apply", "audit:table", code + "/subjects/" + subject);
    assertThat(pages.textOf("audit:table"))
        .contains("Subject " + code)
        .doesNotContain("Trial " + code);

    pages.type("audit:key", subject.toLowerCase());
    pages.typeDate("audit:from", LocalDate.now().plusDays(1).toString().replace('-', '/'));
    pages.typeDate("audit:to", LocalDate.now().minusDays(1).toString());
    assertThat(pages.clickAndReadMessage("audit:apply", "audit:toMessage")).contains("From");

    pages.typeDate("audit:from", "");
    pages.typeDate("audit:to", "");
    pages.type("audit:key", code + "/subjects/" + subject);
    pages.clickAndWaitForText("audit:apply", "audit:table", subject);
    String csv = download("audit:csv");
    assertThat(csv).startsWith("id,at,username,action,entityType,entityKey");
    assertThat(csv.lines().skip(1))
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).contains(",Subject," + code + "/subjects/" + subject));
  }
}
