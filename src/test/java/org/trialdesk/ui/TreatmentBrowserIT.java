package org.trialdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Deployments;
import org.trialdesk.testsupport.RandomizedTrial;
import org.trialdesk.testsupport.SiteDates;

/**
 * A coordinator's daily safety work on the pages: bad adverse-event entries shown next to their
 * fields in English and Japanese, and doses recorded against the plan.
 */
class TreatmentBrowserIT extends BrowserTest {

  @Override
  String user() {
    return "coordinator-osk";
  }

  private RandomizedTrial.Randomized randomizedSubject(String code) {
    RandomizedTrial trial = RandomizedTrial.recruiting(new Api(base), code);
    return trial.randomizedSubject(new Api(base).as("coordinator-osk"), "OSK", "D-1");
  }

  @Test
  void badAdverseEventEntriesAreShownNextToTheirFieldsInEnglishAndJapanese() {
    String code = Deployments.uniqueCode("AEB");
    RandomizedTrial.Randomized subject = randomizedSubject(code);
    String editor = "subject/adverse-event.xhtml?trial=" + code + "&id=" + subject.subjectId();

    pages.open(editor);
    pages.pickSuggestion("ae:term", "Nause", "Nausea");
    List<String> grades =
        driver.findElements(By.cssSelector("#ae\\:grade_input option")).stream()
            .map(o -> o.getAttribute("value"))
            .filter(v -> !v.isEmpty())
            .toList();
    assertThat(grades).as("Nausea has no grade 4 or 5").containsExactly("1", "2", "3");
    pages.chooseValue("ae:grade", "2");
    pages.typeDate("ae:onset", SiteDates.today().minusDays(1).toString());
    pages.typeDate("ae:resolution", SiteDates.today().minusDays(3).toString());
    pages.chooseValue("ae:outcome", "RECOVERED");
    pages.chooseValue("ae:agents:0:attribution", "UNLIKELY");
    assertThat(pages.clickAndReadMessage("ae:save", "ae:resolutionMessage"))
        .contains("Resolution cannot be before onset");

    pages.typeDate("ae:onset", SiteDates.today().plusDays(2).toString());
    pages.typeDate("ae:resolution", SiteDates.today().plusDays(3).toString());
    assertThat(pages.clickAndReadMessage("ae:save", "ae:onsetMessage")).contains("after today");
    assertThat(pages.textOf("ae:resolutionMessage")).contains("after today");

    pages.typeDate("ae:onset", SiteDates.today().minusDays(9).toString());
    pages.typeDate("ae:resolution", SiteDates.today().minusDays(8).toString());
    pages.clickAndWaitForText("ae:save", "ae:onsetMessage", "before informed consent");
    assertThat(pages.textOf("ae:resolutionMessage")).isBlank();

    pages.switchTo("ja");
    pages.open(editor);
    pages.pickSuggestion("ae:term", "Nause", "悪心");
    pages.chooseValue("ae:grade", "2");
    pages.typeDate("ae:onset", SiteDates.today().minusDays(1).toString());
    pages.typeDate("ae:resolution", SiteDates.today().minusDays(3).toString());
    pages.chooseValue("ae:outcome", "RECOVERED");
    assertThat(pages.clickAndReadMessage("ae:save", "ae:resolutionMessage"))
        .contains("転帰日を発現日より前にはできません");
    assertThat(pages.textOf("ae:agentsMessage"))
        .as("the missing attribution, in Japanese")
        .contains(subject.agent())
        .isNotEqualTo("Give the attribution to " + subject.agent() + ".");
    assertThat(pages.pageText()).as("nothing was saved").doesNotContain("保存しました");

    String kobSubject =
        RandomizedTrial.existing(new Api(base), code)
            .randomizedSubject(new Api(base).as("coordinator-kob"), "KOB", "D-2")
            .subjectId();
    pages.open("subject/adverse-event.xhtml?trial=" + code + "&id=" + kobSubject);
    assertThat(pages.title())
        .as("another site's subject is not there for OSK")
        .isEqualTo("見つかりません");
    assertThat(driver.findElements(By.id("ae:save"))).isEmpty();
  }

  @Test
  void aTermNotPickedFromTheDictionaryAndADeathWithoutAFatalOutcomeAreRefused() {
    String code = Deployments.uniqueCode("AET");
    RandomizedTrial.Randomized subject = randomizedSubject(code);
    pages.open("subject/adverse-event.xhtml?trial=" + code + "&id=" + subject.subjectId());

    pages.typeAndLeave("ae:term_input", "Tummy upset");
    pages.typeDate("ae:onset", SiteDates.today().minusDays(1).toString());
    pages.chooseValue("ae:outcome", "RECOVERED");
    pages.chooseValue("ae:agents:0:attribution", "UNLIKELY");
    assertThat(pages.clickAndReadMessage("ae:save", "ae:termMessage"))
        .as("free text is no CTCAE term")
        .isNotBlank();

    pages.pickSuggestion("ae:term", "Death", "Death NOS");
    List<String> grades =
        driver.findElements(By.cssSelector("#ae\\:grade_input option")).stream()
            .map(o -> o.getAttribute("value"))
            .filter(v -> !v.isEmpty())
            .toList();
    assertThat(grades).as("Death NOS has grade 5 only").containsExactly("5");
    pages.chooseValue("ae:grade", "5");
    pages.tick("ae:expected:1");
    pages.typeDate(
        "ae:aware",
        java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Tokyo"))
            .minusHours(1)
            .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
    assertThat(pages.clickAndReadMessage("ae:save", "ae:outcomeMessage")).contains("fatal");
    assertThat(pages.pageText()).as("nothing was saved").doesNotContain("saved");
  }

  @Test
  void aReducedDoseNeedsItsReasonAndIsShownBesideThePlan() {
    String code = Deployments.uniqueCode("DOS");
    RandomizedTrial.Randomized subject = randomizedSubject(code);
    String planned = subject.arm().equals("IL2") ? "700000" : "4";
    String given = subject.arm().equals("IL2") ? "350000" : "2";
    String unit = subject.arm().equals("IL2") ? "U" : "MG";

    pages.open("subject/view.xhtml?trial=" + code + "&id=" + subject.subjectId());
    pages.clickAndWaitForPage("treatment");
    assertThat(pages.textOf("planned")).contains(subject.agent());

    pages.typeDate("dose:givenOn", SiteDates.today().toString());
    pages.chooseValue("dose:agent", subject.agent());
    pages.type("dose:amount", given);
    pages.chooseValue("dose:unit", unit);
    pages.chooseValue("dose:change", "REDUCED");
    assertThat(pages.clickAndReadMessage("dose:save", "dose:reasonMessage"))
        .contains("needs its reason");
    assertThat(rows()).as("nothing half-saved").isEmpty();

    pages.type("dose:reason", "Grade 2 fever the day before");
    pages.clickAndWaitForText("dose:save", "doses:table", "Reduced");
    assertThat(rows()).hasSize(1);
    assertThat(pages.textOf("doses:table"))
        .contains(planned)
        .contains(given)
        .contains("(50.0%)")
        .contains("Grade 2 fever the day before");
    assertThat(driver.findElements(By.cssSelector("#chart canvas"))).hasSize(1);

    pages.type("dose:amount", "a lot");
    assertThat(pages.clickAndReadMessage("dose:save", "dose:amountMessage")).contains("number");

    driver.findElement(By.id("doses:table:0:void")).click();
    pages.waitForAjax();
    assertThat(pages.clickAndReadMessage("voidDose:confirm", "voidDose:reasonMessage"))
        .as("a void needs its reason")
        .isNotBlank();
    pages.type("voidDose:reason", "Recorded for the wrong day");
    pages.clickAndWaitForText(
        "voidDose:confirm", "doses:table", "Voided: Recorded for the wrong day");
    assertThat(rows()).as("kept, never deleted").hasSize(1);

    pages.switchTo("ja");
    assertThat(pages.textOf("doses:table")).contains("減量");
    assertThat(pages.pageText()).contains("治療経過");
  }

  private List<WebElement> rows() {
    return driver.findElements(
        By.cssSelector("#doses\\:table_data tr:not(.ui-datatable-empty-message)"));
  }
}
