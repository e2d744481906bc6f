package org.trialdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Deployments;
import org.trialdesk.testsupport.RandomizedTrial;
import org.trialdesk.testsupport.SiteDates;

/**
 * A coordinator logs a serious grade 3 event; it is on the overdue list until it is reported. In
 * Japanese, the event and the term search read the dictionary's Japanese texts.
 */
class AdverseEventBrowserIT extends BrowserTest {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Override
  String user() {
    return "coordinator-osk";
  }

  @Test
  void aSeriousEventIsOverdueUntilReported() {
    String code = Deployments.uniqueCode("SAE");
    RandomizedTrial trial = RandomizedTrial.recruiting(new Api(base), code);
    Api osk = new Api(base).as("coordinator-osk");
    RandomizedTrial.Randomized randomized = trial.randomizedSubject(osk, "OSK", "SAE-1");
    String subject = randomized.subjectId();
    LocalDateTime tokyoNow = LocalDateTime.now(ZoneId.of("Asia/Tokyo"));

    pages.open("subject/adverse-event.xhtml?trial=" + code + "&id=" + subject);
    assertThat(pages.textOf("ae:agents")).contains(randomized.agent());
    pages.pickSuggestion("ae:term", "Febrile", "Febrile neutropenia");
    pages.chooseValue("ae:grade", "3");
    pages.typeDate("ae:onset", SiteDates.today().minusDays(2).toString());
    pages.tick("ae:seriousness:2");
    pages.tick("ae:expected:1");
    pages.chooseValue("ae:outcome", "RECOVERING");
    pages.typeDate("ae:aware", tokyoNow.minusHours(30).format(MINUTES));
    assertThat(pages.clickAndReadMessage("ae:save", "ae:agentsMessage"))
        .as("the attribution is still missing")
        .isNotBlank();
    pages.chooseValue("ae:agents:0:attribution", "POSSIBLE");
    pages.clickAndWaitForPage("ae:save");
    assertThat(pages.textOf("dueAt"))
        .as("the deadline in the site's zone")
        .isEqualTo(tokyoNow.minusHours(6).format(MINUTES) + " JST");
    assertThat(pages.textOf("overdueFlag")).contains("OVERDUE");
    assertThat(pages.textOf("reportStatus")).isEqualTo("Report to sponsor overdue");
    assertThat(pages.textOf("susar")).contains("expedited report due");

    pages.open("index.xhtml");
    assertThat(pages.textOf("overdue"))
        .contains(code + " · " + subject)
        .contains("Febrile neutropenia");

    pages.open("subject/adverse-events.xhtml?trial=" + code + "&id=" + subject);
    pages.clickAndWaitForPage("events:table:0:open");
    pages.typeDate("ae:reported", tokyoNow.minusMinutes(5).format(MINUTES));
    pages.type("ae:reason", "Reported to the sponsor by fax");
    pages.clickAndWaitForPage("ae:save");
    assertThat(pages.textOf("reportStatus")).isEqualTo("Reported to sponsor late");
    pages.open("index.xhtml");
    assertThat(pages.textOf("overdue")).doesNotContain(code + " · " + subject);

    // A Japanese reader reads the dictionary's Japanese term and grade texts, and finds terms so.
    pages.switchTo("ja");
    pages.open("subject/adverse-events.xhtml?trial=" + code + "&id=" + subject);
    assertThat(pages.textOf("events:table")).contains("発熱性好中球減少症");
    pages.clickAndWaitForPage("events:table:0:open");
    assertThat(pages.textOf("ae:grade_label")).isEqualTo("3 — ANC <1000/mm3 で発熱を伴う");
    pages.open("subject/adverse-event.xhtml?trial=" + code + "&id=" + subject);
    pages.pickSuggestion("ae:term", "悪心", "悪心 — 胃腸障害");
    pages.chooseValue("ae:grade", "1");
    assertThat(pages.textOf("ae:grade_label")).isEqualTo("1 — 食欲は落ちたが、食べ方は変わらない");
    pages.switchTo("en");
  }
}
