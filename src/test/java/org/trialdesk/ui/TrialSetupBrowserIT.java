package org.trialdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Deployments;

/**
 * The guided set-up, in English and Japanese: an administrator's trial with arms and criteria but
 * no active site and no scheme is refused opening, with both gaps listed next to the action; once
 * completed it opens.
 */
class TrialSetupBrowserIT extends BrowserTest {

  @Test
  void inEnglish() {
    anIncompleteTrialIsRefusedWithWhatIsMissingAndOpensOnceComplete(
        "en",
        "No participating site is active.",
        "No randomization scheme has been configured.",
        "Done",
        "Recruiting");
  }

  @Test
  void inJapanese() {
    anIncompleteTrialIsRefusedWithWhatIsMissingAndOpensOnceComplete(
        "ja", "参加中の施設がありません。", "割付方式が設定されていません。", "完了", "登録中");
  }

  private void anIncompleteTrialIsRefusedWithWhatIsMissingAndOpensOnceComplete(
      String language, String noSite, String noScheme, String done, String recruiting) {
    String code = Deployments.uniqueCode("SET");
    Api admin = new Api(base).as("admin");
    Api.Reply created =
        admin.post(
            "trials",
            """
            {"code": "%s", "title": "Set-up test", "phase": "PHASE_2", "targetEnrollment": 10,
             "arms": [{"code": "A", "name": "Arm A", "ratio": 1, "regimen": [
                        {"agent": "MMC", "dose": 4, "unit": "MG",
                         "route": "HEPATIC_ARTERIAL_INFUSION", "schedule": "BOLUS_WEEKLY"}]},
                      {"code": "B", "name": "Arm B", "ratio": 1, "regimen": [
                        {"agent": "5-FU", "dose": 250, "unit": "MG",
                         "route": "HEPATIC_ARTERIAL_INFUSION", "schedule": "BOLUS_WEEKLY"}]}],
             "criteria": [{"code": "I1", "type": "INCLUSION", "text": "Adenocarcinoma"}],
             "sites": [{"code": "OSK", "status": "PENDING"}]}
            """
                .formatted(code));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);

    pages.openTrial(code);
    if (!language.equals("en")) {
      pages.switchTo(language);
    }
    pages.clickAndWaitForPage("setup");
    assertThat(pages.textOf("step-ARMS")).contains(done);
    assertThat(pages.textOf("step-CRITERIA")).contains(done);
    assertThat(pages.textOf("step-SITES")).contains(noSite).doesNotContain(done);
    assertThat(pages.textOf("step-SCHEME")).contains(noScheme);
    assertThat(pages.textOf("open-missing-list")).contains(noSite).contains(noScheme);

    pages.type("open:reason", "Ethics committee approval");
    String refusal = pages.clickAndReadMessage("open:submit", "open:refusal");
    assertThat(refusal).contains(code).contains(noSite).contains(noScheme);
    assertThat(admin.get("trials/" + code).object().getString("status")).isEqualTo("DRAFT");

    // The steps' links lead to the pages that complete them.
    assertThat(driver.findElement(By.cssSelector("#step-SCHEME a")).getAttribute("href"))
        .contains("trial/randomization.xhtml")
        .contains("code=" + code);
    assertThat(
            admin
                .put(
                    "trials/" + code + "/sites/OSK",
                    "{\"code\": \"OSK\", \"status\": \"ACTIVE\", \"reasonForChange\": \"Contract signed\"}")
                .status())
        .isEqualTo(200);
    assertThat(
            admin
                .put(
                    "trials/" + code + "/randomization",
                    "{\"method\": \"PERMUTED_BLOCK\", \"blockSizes\": [2, 4]}")
                .status())
        .isEqualTo(200);

    pages.open("trial/setup.xhtml?code=" + code);
    assertThat(pages.textOf("step-SITES")).contains(done);
    assertThat(pages.textOf("step-SCHEME")).contains(done);
    assertThat(driver.findElements(By.id("open-missing-list"))).isEmpty();
    assertThat(pages.textOf("open:ready")).isNotBlank();
    pages.type("open:reason", "Ethics committee approval");
    pages.clickAndWaitForPage("open:submit");

    assertThat(pages.textOf("current-status")).isEqualTo(recruiting);
    assertThat(pages.lang()).isEqualTo(language);
  }
}
