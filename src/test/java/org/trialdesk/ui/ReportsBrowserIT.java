package org.trialdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Deployments;
import org.trialdesk.testsupport.HistoricalTrial;

/**
 * The reports of the demo trial, as a monitor opens them in English and Japanese: every chart is
 * drawn from its data, the survival table and test, the response table and the CONSORT diagram; and
 * a blinded trial's reports show a site coordinator no arm.
 */
class ReportsBrowserIT extends BrowserTest {

  private static final String TRIAL = "IL2-HAI";

  @Override
  String user() {
    return "monitor";
  }

  @Test
  void theDemoTrialsReportsRenderInEnglishAndJapanese() {
    pages.open("trial/view.xhtml?code=" + TRIAL);
    pages.clickAndWaitForPage("reports");
    assertThat(pages.title()).isEqualTo("Dashboard · " + TRIAL);
    assertThat(drawnCharts()).as("enrollment, sites, exclusions, arm balance").hasSize(4);
    assertThat(pages.textOf("exclusions")).contains("Ineligible by criterion E1");
    assertThat(pages.textOf("overdue-count")).matches("\\d+");

    pages.clickAndWaitForPage("nav-survival");
    assertThat(drawnCharts()).hasSize(1);
    assertThat(pages.textOf("at-risk")).startsWith("Number at risk");
    assertThat(pages.textOf("survival:medians"))
        .contains("IL-2 + 5-FU + MMC")
        .contains("5-FU + MMC");
    assertThat(pages.textOf("log-rank")).containsPattern("chi-square [0-9.]+ on 1 df, p = ");
    pages.chooseValue("survival:endpoint", "DFS");
    pages.chooseValue("survival:unit", "WEEKS");
    assertThat(drawnCharts()).as("the redrawn curve").hasSize(1);
    assertThat(
            driver
                .findElement(By.cssSelector("[id='survival:plot'] canvas"))
                .getAttribute("aria-label"))
        .contains("Disease-free survival");

    pages.clickAndWaitForPage("nav-response");
    assertThat(pages.textOf("rates")).contains("Response rate").containsPattern("\\d+\\.\\d%");
    assertThat(drawnCharts()).as("the waterfall").hasSize(1);

    pages.clickAndWaitForPage("nav-consort");
    String diagram = pages.textOf("diagram");
    assertThat(diagram)
        .contains("Assessed for eligibility")
        .contains("Randomized (n = ")
        .contains("Allocated to IL-2 + 5-FU + MMC");
    screenshots("consort-en");

    pages.switchTo("ja");
    for (String report : List.of("reports", "survival", "response", "consort")) {
      pages.open("trial/" + report + ".xhtml?code=" + TRIAL);
      assertThat(pages.lang()).isEqualTo("ja");
      assertThat(pages.title()).doesNotContain("問題が発生しました");
      screenshots(report + "-ja");
    }
    assertThat(pages.textOf("diagram")).contains("適格性評価").contains("割付（n = ");
    pages.open("trial/survival.xhtml?code=" + TRIAL);
    assertThat(pages.textOf("at-risk")).startsWith("リスク集合の人数");
    assertThat(drawnCharts()).hasSize(1);
  }

  @Test
  void aBlindedTrialsReportsShowASiteNoArm() {
    String code = Deployments.uniqueCode("RPB");
    HistoricalTrial.of(new Api(base), code, true, List.of("IL2", "CHEMO", "IL2"));
    pages.logOut().logIn("coordinator-osk", Api.DEMO_PASSWORD);
    for (String report : List.of("reports", "survival", "response", "consort")) {
      pages.open("trial/" + report + ".xhtml?code=" + code);
      assertThat(pages.pageText())
          .as(report)
          .doesNotContain("IL-2 + chemo")
          .doesNotContain("Chemo (n")
          .doesNotContain("Arm balance");
    }
    pages.open("trial/survival.xhtml?code=" + code);
    assertThat(pages.textOf("survival:medians")).contains("All subjects");
    pages.open("trial/reports.xhtml?code=" + code);
    assertThat(driver.findElements(By.id("balance"))).isEmpty();
  }

  /** The charts Chart.js has drawn on this page. */
  private List<WebElement> drawnCharts() {
    pages.waitForAjax();
    return driver.findElements(By.cssSelector("canvas[data-chart-drawn='true']"));
  }
}
