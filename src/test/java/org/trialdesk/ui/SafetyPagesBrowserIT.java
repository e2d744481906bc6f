package org.trialdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Deployments;
import org.trialdesk.testsupport.RandomizedTrial;
import org.trialdesk.testsupport.SiteDates;

/** The administrator imports the CTCAE dictionary and reads the toxicity table. */
class SafetyPagesBrowserIT extends BrowserTest {

  private static final String HEADER =
      "MedDRA Code,MedDRA SOC,CTCAE Term,Grade 1,Grade 2,Grade 3,Grade 4,Grade 5,Definition\n";

  @Test
  void aBadDictionaryFileIsRefusedLineByLineAndAGoodOneImported() throws IOException {
    Path bad = Files.createTempFile("ctcae", ".csv");
    Files.writeString(
        bad,
        HEADER
            + "10028813,Gastrointestinal disorders,Nausea,Mild,Moderate,Severe,-,-,\n"
            + "abc,Gastrointestinal disorders,Vomiting,Mild,Moderate,Severe,LT,Death,\n",
        StandardCharsets.ISO_8859_1);
    Path good = Files.createTempFile("ctcae", ".csv");
    Files.writeString(
        good,
        HEADER
            + "10028813,Gastrointestinal disorders,Nausea,Appetite lower,Intake lower,"
            + "Inadequate intake,-,-,\n"
            + "10047700,Gastrointestinal disorders,Vomiting,No intervention,Outpatient hydration,"
            + "Tube feeding,Life-threatening,Death,\n",
        StandardCharsets.ISO_8859_1);
    WebDriverWait wait = new WebDriverWait(driver, java.time.Duration.ofSeconds(20));

    pages.open("admin/ctcae.xhtml");
    driver.findElement(By.id("import:file_input")).sendKeys(bad.toAbsolutePath().toString());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("problemTable")));
    assertThat(pages.textOf("problemTable")).contains("Line 3").contains("abc");

    driver.findElement(By.id("import:file_input")).sendKeys(good.toAbsolutePath().toString());
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "2 terms"));
    assertThat(pages.textOf("messages")).contains("0 added, 2 updated");
  }

  @Test
  void theToxicityTableShowsTheWorstGradePerArm() {
    String code = Deployments.uniqueCode("TOX");
    RandomizedTrial trial = RandomizedTrial.recruiting(new Api(base), code);
    Api osk = new Api(base).as("coordinator-osk");
    RandomizedTrial.Randomized randomized = trial.randomizedSubject(osk, "OSK", "T-1");
    String subject = randomized.subjectId();
    String arm = randomized.arm();
    String agent = randomized.agent();
    for (int grade : new int[] {1, 3}) {
      Api.Reply created =
          osk.post(
              "trials/" + code + "/subjects/" + subject + "/adverse-events",
              """
              {"meddraCode": 10028813, "grade": %d, "onsetDate": "%s", "outcome": "RECOVERED",
               "attribution": {"%s": "PROBABLE"}}
              """
                  .formatted(grade, SiteDates.today().minusDays(1), agent));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    pages.open("trial/view.xhtml?code=" + code);
    assertThat(driver.findElements(By.id("toxicity"))).as("linked in an open trial").hasSize(1);
    pages.open("trial/toxicity.xhtml?code=" + code);
    assertThat(pages.textOf("toxicity:table"))
        .contains("Nausea")
        .contains(arm + " (n=1)")
        .contains("G1 0 (0.0%) · G2 0 (0.0%) · G3 1 (100.0%)")
        .contains("≥G3 1 (100.0%)");
  }

  @Test
  void anAdministratorOfABlindedTrialIsNotShownTheToxicityTableByArm() {
    String code = Deployments.uniqueCode("TXB");
    RandomizedTrial.create(
            new Api(base), code, RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY, null, 50, true)
        .open();

    pages.open("trial/view.xhtml?code=" + code);
    assertThat(driver.findElements(By.id("toxicity"))).as("no link to a refusal").isEmpty();
    pages.open("trial/toxicity.xhtml?code=" + code);
    assertThat(pages.title()).isEqualTo("Not allowed");
  }

  @Test
  void theTrialsAdverseEventsFilterByGradeSeriousnessAndArm() {
    String code = Deployments.uniqueCode("AEL");
    RandomizedTrial trial = RandomizedTrial.recruiting(new Api(base), code);
    Api osk = new Api(base).as("coordinator-osk");
    RandomizedTrial.Randomized first = trial.randomizedSubject(osk, "OSK", "L-1");
    RandomizedTrial.Randomized second = trial.randomizedSubject(osk, "OSK", "L-2");
    record(osk, code, first, "{\"meddraCode\": 10028813, \"grade\": 2");
    record(
        osk,
        code,
        second,
        "{\"meddraCode\": 10016288, \"grade\": 3, \"seriousness\": [\"HOSPITALIZATION\"],"
            + " \"expected\": true, \"siteAwareAt\": \""
            + java.time.Instant.now().minusSeconds(3600)
            + "\"");

    pages.open("trial/adverse-events.xhtml?code=" + code);
    assertThat(pages.textOf("events:table")).contains("Nausea").contains("Febrile neutropenia");

    pages.chooseValue("events:grade", "3");
    filter();
    assertThat(pages.textOf("events:table"))
        .contains(second.subjectId())
        .contains("Febrile neutropenia")
        .doesNotContain("Nausea");

    pages.chooseValue("events:grade", "");
    pages.chooseValue("events:serious", "false");
    filter();
    assertThat(pages.textOf("events:table")).contains("Nausea").doesNotContain("Febrile");

    pages.chooseValue("events:serious", "");
    pages.chooseValue("events:arm", first.arm());
    filter();
    List<String> arms =
        driver.findElements(By.cssSelector("#events\\:table .ae-arm")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(arms).isNotEmpty().containsOnly(first.arm());
    assertThat(pages.textOf("events:table")).contains(first.subjectId());
    if (!second.arm().equals(first.arm())) {
      assertThat(pages.textOf("events:table")).doesNotContain(second.subjectId());
    }
  }

  @Test
  void theSponsorRecordsTheExpeditedReportOfASusarAndSeesItInTime() {
    String code = Deployments.uniqueCode("SUS");
    RandomizedTrial trial = RandomizedTrial.recruiting(new Api(base), code);
    Api osk = new Api(base).as("coordinator-osk");
    RandomizedTrial.Randomized subject = trial.randomizedSubject(osk, "OSK", "S-1");
    Api.Reply created =
        osk.post(
            "trials/" + code + "/subjects/" + subject.subjectId() + "/adverse-events",
            """
            {"meddraCode": 10016288, "grade": 4, "seriousness": ["LIFE_THREATENING"],
             "expected": false, "siteAwareAt": "%s", "onsetDate": "%s", "outcome": "RECOVERING",
             "attribution": {"%s": "PROBABLE"}}
            """
                .formatted(
                    java.time.Instant.now().minusSeconds(3600),
                    SiteDates.today().minusDays(1),
                    subject.agent()));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    LocalDate tokyoToday = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));

    pages.open(
        "subject/adverse-event.xhtml?trial=%s&id=%s&ae=%d"
            .formatted(code, subject.subjectId(), created.object().getInt("id")));
    assertThat(pages.textOf("expeditedStatus")).isEqualTo("(due)");
    pages.typeDate("expedited:submittedOn", tokyoToday.plusDays(2).toString());
    assertThat(pages.clickAndReadMessage("expedited:record", "expedited:submittedOnMessage"))
        .contains("after today");
    pages.typeDate("expedited:submittedOn", tokyoToday.toString());
    pages.clickAndWaitForPage("expedited:record");
    assertThat(pages.textOf("expeditedStatus")).isEqualTo("(submitted on time " + tokyoToday + ")");
    assertThat(pages.textOf("followUpStatus")).isEqualTo("(due)");

    pages.logOut().logIn("coordinator-osk", Api.DEMO_PASSWORD);
    pages.open(
        "subject/adverse-event.xhtml?trial=%s&id=%s&ae=%d"
            .formatted(code, subject.subjectId(), created.object().getInt("id")));
    assertThat(pages.textOf("susar")).contains("expedited report due");
    assertThat(driver.findElements(By.id("expeditedStatus")))
        .as("what the sponsor submitted stays on the sponsor's side")
        .isEmpty();
    assertThat(driver.findElements(By.id("expedited:record"))).isEmpty();
  }

  private void filter() {
    driver.findElement(By.id("events:filter")).click();
    pages.waitForAjax();
  }

  private static void record(
      Api caller, String code, RandomizedTrial.Randomized subject, String start) {
    Api.Reply created =
        caller.post(
            "trials/" + code + "/subjects/" + subject.subjectId() + "/adverse-events",
            start
                + ", \"onsetDate\": \"%s\", \"outcome\": \"RECOVERING\", \"attribution\": {\"%s\": \"POSSIBLE\"}}"
                    .formatted(SiteDates.today().minusDays(1), subject.agent()));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
  }
}
