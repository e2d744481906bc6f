package org.trialdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Deployments;
import org.trialdesk.testsupport.RandomizedTrial;

/**
 * Chart data is data: a CTCAE term written as markup reaches the course chart as a label, and
 * neither closes a script nor adds an element to the page.
 */
class ChartEncodingBrowserIT extends BrowserTest {

  private static final String MARKUP = "</script><img src=x onerror=alert(1)>";

  /** The labels of the drawn chart's data sets, or null while it is not drawn. */
  private static final String DATASET_LABELS =
      "var c = window.Chart && Chart.getChart(document.querySelector('#chart canvas'));"
          + " return c ? c.data.datasets.map(function (s) { return s.label; }) : null;";

  @Override
  String user() {
    return "coordinator-osk";
  }

  @Test
  void aTermWrittenAsMarkupIsAChartLabelAndNoElement() {
    long meddraCode = 97_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
    String term = MARKUP + " " + meddraCode;
    Api admin = new Api(base).as("admin");
    Api.Reply imported =
        admin.postCsv(
            "ctcae/import",
            "MedDRA Code,MedDRA SOC,CTCAE Term,Grade 1,Grade 2,Grade 3,Grade 4,Grade 5\n"
                + meddraCode
                + ",General disorders and administration site conditions,"
                + term
                + ",Mild,-,-,-,-\n");
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);

    String code = Deployments.uniqueCode("CHX");
    RandomizedTrial trial = RandomizedTrial.recruiting(admin, code);
    Api osk = new Api(base).as("coordinator-osk");
    RandomizedTrial.Randomized subject = trial.randomizedSubject(osk, "OSK", "CH-1");
    Api.Reply event =
        osk.post(
            "trials/" + code + "/subjects/" + subject.subjectId() + "/adverse-events",
            """
            {"meddraCode": %d, "grade": 1, "onsetDate": "%s", "outcome": "RECOVERING",
             "attribution": {"%s": "UNLIKELY"}}
            """
                .formatted(meddraCode, LocalDate.now().minusDays(1), subject.agent()));
    assertThat(event.status()).as(event.toString()).isEqualTo(201);

    pages.open("subject/treatment.xhtml?trial=" + code + "&id=" + subject.subjectId());

    assertThat(driver.findElements(By.cssSelector("img[src='x']")))
        .as("no element injected")
        .isEmpty();
    assertThat(driver.findElement(By.cssSelector("#chart canvas")).getAttribute("data-chart"))
        .contains(MARKUP);
    @SuppressWarnings("unchecked")
    List<String> labels =
        (List<String>)
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> script(DATASET_LABELS));
    assertThat(labels)
        .as("the chart is drawn with the term as its label")
        .anyMatch(l -> l.startsWith(term));

    // Saving a dose re-renders the chart by Ajax (here refused, as nothing was filled in): the new
    // canvas is drawn too.
    script("window.oldCanvas = document.querySelector('#chart canvas');");
    driver.findElement(By.id("dose:save")).click();
    pages.waitForAjax();
    assertThat(script("return document.querySelector('#chart canvas') !== window.oldCanvas;"))
        .as("the chart was re-rendered")
        .isEqualTo(true);
    @SuppressWarnings("unchecked")
    List<String> redrawn =
        (List<String>)
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> script(DATASET_LABELS));
    assertThat(redrawn).anyMatch(l -> l.startsWith(term));
    assertThat(driver.findElements(By.cssSelector("img[src='x']"))).isEmpty();
  }

  private Object script(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  @Test
  void theBalanceChartIsDrawnFromItsData() {
    pages.logOut();
    pages.logIn("monitor", Api.DEMO_PASSWORD);
    pages.open("allocation/list.xhtml?trial=IL2-HAI");
    Object arms =
        new WebDriverWait(driver, Duration.ofSeconds(10))
            .until(
                d ->
                    script(
                        "var c = window.Chart && Chart.getChart(document.querySelector('#chart canvas'));"
                            + " return c ? c.data.datasets.length : null;"));
    assertThat(((Number) arms).intValue()).isEqualTo(2);
  }
}
