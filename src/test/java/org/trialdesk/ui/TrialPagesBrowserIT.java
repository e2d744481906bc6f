package org.trialdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Deployments;

/** The trial pages in headless Chromium, in English and in Japanese. */
class TrialPagesBrowserIT extends BrowserTest {

  @Test
  void theDemoTrialShowsBothArmsRegimensInEnglishThenJapanese() {
    pages.openList().openTrial("IL2-HAI");

    assertThat(pages.title()).isEqualTo("IL2-HAI");
    assertThat(pages.armsHeading()).isEqualTo("Arms");
    assertThat(pages.regimenOf("IL2"))
        .containsExactly(
            "IL-2 7 × 10⁵ U/day, continuous hepatic arterial infusion",
            "5-FU 250 mg/day, continuous hepatic arterial infusion",
            "MMC 4 mg, hepatic arterial bolus once weekly");
    assertThat(pages.regimenOf("CHEMO"))
        .containsExactly(
            "5-FU 250 mg/day, continuous hepatic arterial infusion",
            "MMC 4 mg, hepatic arterial bolus once weekly");

    assertThat(pages.pageText()).contains("Histologically confirmed").doesNotContain("組織学的");

    pages.switchTo("ja");

    assertThat(pages.lang()).isEqualTo("ja");
    assertThat(pages.title()).isEqualTo("IL2-HAI");
    assertThat(pages.armsHeading()).isEqualTo("群");
    assertThat(pages.regimenOf("IL2")).first().isEqualTo("IL-2 7 × 10⁵ U/日、肝動脈内持続注入");
    assertThat(pages.regimenOf("CHEMO")).last().isEqualTo("MMC 4 mg、肝動脈内ボーラス投与（週1回）");
    // The trial's own text in its Japanese form: title, arm, factor and level, criterion, site.
    assertThat(pages.textOf("trial-title")).startsWith("大腸癌肝転移に対する");
    assertThat(pages.pageText())
        .contains("IL-2＋5-FU＋MMC 肝動注群")
        .contains("肝転移の切除")
        .contains("切除不能")
        .contains("組織学的に確認された結腸または直腸の腺癌")
        .contains("大阪市立病院")
        .doesNotContain("Histologically confirmed");

    pages.openList();
    assertThat(pages.title()).as("the language stays for the session").isEqualTo("試験一覧");
  }

  @Test
  void theSiteEditorShowsWhatIsWrongNextToTheFieldInTheCurrentLanguage() {
    pages.open("site/edit.xhtml");
    pages.type("site:code", "OSK");
    pages.type("site:name", "Another Osaka hospital");
    pages.type("site:city", "Osaka");
    pages.type("site:country", "JP");
    pages.type("site:timeZone_input", "Asia/Tokyo");
    assertThat(pages.clickAndReadMessage("site:save", "site:codeMessage"))
        .contains("already exists");

    pages.switchTo("ja");
    pages.type("site:code", "NEW1");
    pages.type("site:name", "新しい病院");
    pages.type("site:city", "堺");
    pages.type("site:country", "XX");
    pages.type("site:timeZone_input", "Asia/Tokyo");
    assertThat(pages.clickAndReadMessage("site:save", "site:countryMessage")).contains("国コード");
    assertThat(pages.textOf("site:codeMessage")).isBlank();
  }

  @Test
  void markupTypedIntoAFieldIsShownAsText() {
    String code = "H" + Deployments.uniqueCode("").substring(0, 5);
    String name = "<img src=x onerror=alert(1)> Hospital";
    Api.Reply created =
        new Api(base)
            .post(
                "sites",
                "{\"code\": \"%s\", \"name\": \"%s\", \"city\": \"Nara\", \"country\": \"JP\","
                        .formatted(code, name)
                    + " \"timeZone\": \"Asia/Tokyo\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);

    pages.open("site/edit.xhtml?code=" + code);
    assertThat(driver.findElement(org.openqa.selenium.By.id("site:name")).getAttribute("value"))
        .isEqualTo(name);
    assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("img[src='x']"))).isEmpty();
  }
}
