package org.trialdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Deployments;
import org.trialdesk.testsupport.HistoricalTrial;

/**
 * A coordinator records tumour assessments and follow-up on the outcome page: each refusal is shown
 * next to its field, in English and Japanese, and nothing is saved until the entry is right.
 */
class OutcomeBrowserIT extends BrowserTest {

  @Override
  String user() {
    return "coordinator-osk";
  }

  @Test
  void badAssessmentsAndFollowUpsAreShownNextToTheirFields() {
    String code = Deployments.uniqueCode("OUB");
    HistoricalTrial trial = HistoricalTrial.of(new Api(base), code, false, List.of("IL2"));
    String page = "subject/outcome.xhtml?trial=" + code + "&id=" + HistoricalTrial.subject(0);
    pages.open(page);
    assertThat(pages.textOf("best-response")).contains("no baseline yet");

    // Six target lesions, all measurable, two per organ: one too many.
    String[] organs = {"LIVER", "LIVER", "LUNG", "LUNG", "BONE", "ADRENAL"};
    for (int i = 1; i < organs.length; i++) {
      pages.clickAndWaitFor("baseline:addTarget", "baseline:targets:" + i + ":organ");
    }
    pages.typeDate("baseline:assessedOn", trial.day(3).toString());
    for (int i = 0; i < organs.length; i++) {
      pages.chooseValue("baseline:targets:" + i + ":organ", organs[i]);
      pages.type("baseline:targets:" + i + ":diameter", "20");
    }
    assertThat(pages.clickAndReadMessage("baseline:save", "baseline:targetsMessage"))
        .contains("At most 5 target lesions");

    // A fresh form: a lesion below 10 mm, then a diameter that is no whole number.
    pages.open(page);
    pages.typeDate("baseline:assessedOn", trial.day(3).toString());
    pages.chooseValue("baseline:targets:0:organ", "LIVER");
    pages.type("baseline:targets:0:diameter", "9");
    assertThat(pages.clickAndReadMessage("baseline:save", "baseline:targets:0:diameterMessage"))
        .contains("at least 10 mm");
    pages.type("baseline:targets:0:diameter", "12.5");
    pages.clickAndWaitForText(
        "baseline:save", "baseline:targets:0:diameterMessage", "whole number");
    pages.type("baseline:targets:0:diameter", "-4");
    pages.clickAndWaitForText("baseline:save", "baseline:targets:0:diameterMessage", "0");
    pages.type("baseline:targets:0:diameter", "32");
    pages.clickAndWaitForPage("baseline:save");
    assertThat(pages.pageText()).contains("The assessment is saved.");

    // A time point dated before the baseline.
    pages.typeDate("timePoint:assessedOn", trial.day(2).toString());
    pages.type("timePoint:targets:0:diameter", "20");
    assertThat(pages.clickAndReadMessage("timePoint:save", "timePoint:assessedOnMessage"))
        .contains(trial.day(3).toString());
    pages.typeDate("timePoint:assessedOn", trial.day(60).toString());
    pages.clickAndWaitForPage("timePoint:save");
    assertThat(pages.textOf("best-response")).contains("Partial response (PR)");

    // A recurrence before randomization, in Japanese.
    pages.switchTo("ja");
    pages.open(page);
    pages.typeDate("followUp:contactDate", trial.day(90).toString());
    pages.tick("followUp:recurrence_input");
    pages.typeDate("followUp:recurrenceDate", trial.day(-5).toString());
    pages.chooseValue("followUp:recurrenceLocation", "EXTRAHEPATIC");
    assertThat(pages.clickAndReadMessage("followUp:save", "followUp:recurrenceDateMessage"))
        .contains("割付日")
        .as("the date in the Japanese form")
        .contains(japanese(trial.day0));
    assertThat(pages.textOf("contacts:table"))
        .as("nothing was saved")
        .doesNotContain(japanese(trial.day(90)));
    pages.typeDate("followUp:recurrenceDate", trial.day(80).toString());
    pages.clickAndWaitForPage("followUp:save");
    assertThat(pages.textOf("contacts:table"))
        .as("dates in the table in the Japanese form")
        .contains(japanese(trial.day(90)))
        .contains(japanese(trial.day(80)) + " · 肝外")
        .doesNotContain(trial.day(80).toString());

    screenshots("outcome-ja");
  }

  private static String japanese(LocalDate day) {
    return day.format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
  }
}
