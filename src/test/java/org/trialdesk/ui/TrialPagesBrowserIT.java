package org.trialdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.trialdesk.testsupport.Browser;
import org.trialdesk.testsupport.Deployments;

/** The trial pages in headless Chromium, in English and in Japanese. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrialPagesBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private WebDriver driver;
  private TrialPages pages;

  @BeforeEach
  void openBrowser() {
    driver = Browser.start();
    pages = new TrialPages(driver, base);
  }

  @AfterEach
  void closeBrowser(TestInfo test) {
    Browser.keepScreenshot(driver, getClass().getSimpleName() + "-" + test.getDisplayName());
    driver.quit();
  }

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

    pages.switchTo("ja");

    assertThat(pages.lang()).isEqualTo("ja");
    assertThat(pages.title()).isEqualTo("IL2-HAI");
    assertThat(pages.armsHeading()).isEqualTo("群");
    assertThat(pages.regimenOf("IL2")).first().isEqualTo("IL-2 7 × 10⁵ U/日、肝動脈内持続注入");
    assertThat(pages.regimenOf("CHEMO")).last().isEqualTo("MMC 4 mg、肝動脈内ボーラス投与（週1回）");

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
}
