package org.trialdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Deployments;
import org.trialdesk.testsupport.RandomizedTrial;
import org.trialdesk.testsupport.SiteDates;

/**
 * A coordinator in Osaka reads times in Japan's zone, named after each time, in the form of the
 * page's language; an account's own choice of zone wins; dates and an adverse event's times are
 * typed as people in Japan write them, and dates in tables read that way too.
 */
class SiteTimeBrowserIT extends BrowserTest {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final DateTimeFormatter JAPANESE_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

  @Override
  String user() {
    return "coordinator-osk";
  }

  @Test
  void timesAreShownInTheViewersZoneWithTheZoneNamed() {
    String code = Deployments.uniqueCode("TZ");
    RandomizedTrial trial = RandomizedTrial.recruiting(new Api(base), code);
    String subject =
        trial.randomizedSubject(new Api(base).as("coordinator-osk"), "OSK", "TZ-1").subjectId();
    JsonObject allocation =
        new Api(base).as("monitor").get("trials/" + code + "/allocations").array().getJsonObject(0);
    Instant randomizedAt = Instant.parse(allocation.getString("randomizedAt"));
    String page = "subject/view.xhtml?trial=" + code + "&id=" + subject;

    pages.open(page);
    assertThat(pages.textOf("randomizedAt"))
        .isEqualTo(shown(randomizedAt, TOKYO, "yyyy-MM-dd HH:mm", Locale.ENGLISH) + " JST");
    assertThat(pages.textOf("history:table")).contains(" JST").doesNotContain("UTC");
    assertThat(pages.pageText()).doesNotContain("(UTC)");

    pages.switchTo("ja");
    assertThat(pages.textOf("randomizedAt"))
        .isEqualTo(shown(randomizedAt, TOKYO, "yyyy/MM/dd HH:mm", Locale.JAPANESE) + " JST");

    pages.open("account/settings.xhtml");
    try {
      pages.chooseValue("settings:timeZone", "Europe/London");
      pages.clickAndWaitForText("settings:save", "messages", "設定を保存しました");
      pages.open(page);
      assertThat(pages.textOf("randomizedAt"))
          .as("the account's own zone")
          .isEqualTo(shown(randomizedAt, LONDON, "yyyy/MM/dd HH:mm z", Locale.JAPANESE));
    } finally {
      pages.open("account/settings.xhtml");
      pages.chooseValue("settings:timeZone", "");
      pages.clickAndWaitForText("settings:save", "messages", "設定を保存しました");
    }
    pages.open(page);
    assertThat(pages.textOf("randomizedAt")).endsWith(" JST");
  }

  @Test
  void aDateTypedTheJapaneseWayIsTheDayMeant() {
    String code = Deployments.uniqueCode("TZD");
    RandomizedTrial trial = RandomizedTrial.recruiting(new Api(base), code);
    Api osk = new Api(base).as("coordinator-osk");
    String subject = trial.randomizedSubject(osk, "OSK", "TZD-1").subjectId();
    pages.open("subject/outcome.xhtml?trial=" + code + "&id=" + subject);
    pages.switchTo("ja");

    pages.typeDate("followUp:contactDate", "2026/02/30");
    assertThat(pages.clickAndReadMessage("followUp:save", "followUp:contactDateMessage"))
        .contains("2026/02/30")
        .contains("日付として読めません");
    assertThat(driver.findElement(By.id("followUp:contactDate_input")).getAttribute("value"))
        .as("what was typed stays for correcting")
        .isEqualTo("2026/02/30");

    LocalDate today = SiteDates.today();
    pages.typeDate("followUp:contactDate", today.format(DateTimeFormatter.ofPattern("yyyy/M/d")));
    pages.clickAndWaitForPage("followUp:save");
    assertThat(osk.get("trials/" + code + "/subjects/" + subject + "/follow-ups").body())
        .contains("\"contactDate\":\"" + today + "\"");
    assertThat(pages.textOf("contacts:table"))
        .as("a date in a table in the Japanese form")
        .contains(today.format(JAPANESE_DATE))
        .doesNotContain(today.toString());

    // An adverse event's times are typed the same way, and read in the site's zone.
    LocalDate onset = today.minusDays(1);
    pages.open("subject/adverse-event.xhtml?trial=" + code + "&id=" + subject);
    assertThat(driver.findElement(By.id("ae:aware_input")).getAttribute("placeholder"))
        .as("the accepted forms shown")
        .contains("2026/12/01 09:30");
    assertThat(pages.pageText()).as("the zone the time is read in").contains("(Asia/Tokyo)");
    pages.pickSuggestion("ae:term", "Nause", "悪心");
    pages.chooseValue("ae:grade", "1");
    pages.typeDate("ae:onset", onset.format(DateTimeFormatter.ofPattern("yyyy/M/d")));
    pages.tick("ae:expected:1");
    pages.chooseValue("ae:outcome", "RECOVERING");
    pages.chooseValue("ae:agents:0:attribution", "UNLIKELY");
    pages.typeDate("ae:aware", "2026/02/30 9:30");
    assertThat(pages.clickAndReadMessage("ae:save", "ae:awareMessage"))
        .contains("2026/02/30 9:30")
        .contains("日時として読めません");
    assertThat(driver.findElement(By.id("ae:aware_input")).getAttribute("value"))
        .as("what was typed stays for correcting")
        .isEqualTo("2026/02/30 9:30");

    LocalDateTime aware = onset.atTime(9, 5);
    pages.typeDate("ae:aware", aware.format(DateTimeFormatter.ofPattern("yyyy/M/d H:mm")));
    pages.clickAndWaitForPage("ae:save");
    JsonObject event =
        osk.get("trials/" + code + "/subjects/" + subject + "/adverse-events")
            .array()
            .getJsonObject(0);
    assertThat(Instant.parse(event.getString("siteAwareAt")))
        .as("the typed time read in the site's zone")
        .isEqualTo(aware.atZone(TOKYO).toInstant());

    pages.open("subject/adverse-events.xhtml?trial=" + code + "&id=" + subject);
    assertThat(pages.textOf("events:table"))
        .as("the onset in the Japanese form")
        .contains(onset.format(JAPANESE_DATE))
        .doesNotContain(onset.toString());
  }

  private static String shown(Instant at, ZoneId zone, String pattern, Locale locale) {
    return DateTimeFormatter.ofPattern(pattern, locale).withZone(zone).format(at);
  }
}
