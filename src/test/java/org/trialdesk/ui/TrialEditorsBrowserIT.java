package org.trialdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.Deployments;

/** A data manager sets up a trial, its arms with their regimens and its sites through the pages. */
class TrialEditorsBrowserIT extends BrowserTest {

  @Test
  void aTrialIsSetUpWithAnArmWhoseRegimenIsReorderedAndASiteWithACap() {
    String code = Deployments.uniqueCode("UI");
    pages.open("trial/edit.xhtml");
    pages.type("editor:code", code);
    pages.type("editor:title", "Adjuvant IL-2 after hepatectomy");
    pages.choose("editor:phase", "Phase II");
    pages.type("editor:target", "40");
    pages.clickAndWaitFor("editor:addCriterion", "editor:criteria:0:criterionCode");
    pages.typeAndLeave("editor:criteria:0:criterionCode", "I1");
    pages.typeAndLeave(
        "editor:criteria:0:criterionText", "R0 hepatectomy of colorectal liver metastases");
    pages.clickAndWaitForPage("editor:save");

    assertThat(pages.title()).isEqualTo(code);
    assertThat(pages.pageText()).contains("R0 hepatectomy of colorectal liver metastases");

    pages.clickAndWaitForPage("add-arm");
    pages.type("arm:code", "ADJ");
    pages.type("arm:name", "IL-2 + 5-FU + MMC");
    pages.type("arm:nameJa", "IL-2 術後補助群");
    pages.type("arm:ratio", "2");
    pages.clickAndWaitFor("arm:addLine", "arm:lines:0:agent");
    fillLine(0, "MMC", "2", "mg", "Bolus once weekly");
    pages.clickAndWaitFor("arm:addLine", "arm:lines:1:agent");
    fillLine(1, "IL-2", "1400000", "U", "Bolus once weekly");
    pages.clickAndWaitForUpdate("arm:lines:1:up");
    // A cycle regimen from the extended vocabulary; a day past the cycle is refused in its row.
    pages.clickAndWaitFor("arm:addLine", "arm:lines:2:agent");
    String capecitabine = "arm:lines:2:";
    pages.typeAndLeave(capecitabine + "agent", "capecitabine");
    pages.typeAndLeave(capecitabine + "dose", "1000");
    pages.choose(capecitabine + "unit", "mg/m²");
    pages.choose(capecitabine + "route", "Oral");
    pages.choose(capecitabine + "schedule", "Twice daily");
    pages.typeAndLeave(capecitabine + "cycleLengthDays", "21");
    pages.typeAndLeave(capecitabine + "cycleDays", "1-22");
    pages.typeAndLeave(capecitabine + "cycles", "8");
    assertThat(pages.clickAndReadMessage("arm:save", capecitabine + "cycleDaysMessage"))
        .contains("22")
        .contains("21");
    pages.typeAndLeave(capecitabine + "cycleDays", "1-14");
    pages.clickAndWaitForPage("arm:save");

    assertThat(pages.regimenOf("ADJ"))
        .containsExactly(
            "IL-2 1.4 × 10⁶ U, hepatic arterial bolus once weekly",
            "MMC 2 mg, hepatic arterial bolus once weekly",
            "capecitabine 1000 mg/m², oral, twice daily, days 1–14 of each 21-day cycle, 8 cycles");
    pages.switchTo("ja");
    assertThat(pages.pageText()).as("the arm's Japanese name").contains("ADJ · IL-2 術後補助群");
    assertThat(pages.regimenOf("ADJ"))
        .contains("capecitabine 1000 mg/m²、経口、1日2回、21日を1コースとして第1–14日、8コース");
    pages.switchTo("en");

    pages.clickAndWaitForPage("manage-sites");
    pages.choose("join:site", "SAK · Sakai City Hospital");
    pages.type("join:cap", "7");
    pages.clickAndWaitFor("join:add", "sites:table:0:cap");
    assertThat(pages.pageText()).contains("SAK").contains("Sakai City Hospital");
  }

  @Test
  void anAdministratorAddsARouteToTheRegimenVocabulary() {
    String code = "IP" + Deployments.uniqueCode("");
    pages.open("admin/regimen-terms.xhtml");
    pages.choose("term:kind", "Route");
    pages.type("term:code", "intra peritoneal");
    pages.type("term:nameEn", "intraperitoneal");
    pages.type("term:nameJa", "腹腔内");
    assertThat(pages.clickAndReadMessage("term:add", "term:codeMessage"))
        .contains("INTRAPERITONEAL");

    pages.type("term:code", code.toLowerCase());
    pages.type("term:cdiscCode", "C38258");
    pages.clickAndWaitForText("term:add", "terms", code);
    assertThat(pages.textOf("terms")).contains(code).contains("C38258").contains("腹腔内");
  }

  private void fillLine(int row, String agent, String dose, String unit, String schedule) {
    String prefix = "arm:lines:" + row + ":";
    pages.typeAndLeave(prefix + "agent", agent);
    pages.typeAndLeave(prefix + "dose", dose);
    pages.choose(prefix + "unit", unit);
    pages.choose(prefix + "route", "Hepatic arterial");
    pages.choose(prefix + "schedule", schedule);
  }

  @Test
  void aDuplicateProtocolCodeIsShownNextToTheCodeField() {
    pages.open("trial/edit.xhtml");
    pages.type("editor:code", "IL2-HAI");
    pages.type("editor:title", "A copy");
    pages.choose("editor:phase", "Phase III");
    pages.type("editor:target", "10");
    assertThat(pages.clickAndReadMessage("editor:save", "editor:codeMessage"))
        .contains("IL2-HAI")
        .contains("already exists");
  }

  @Test
  void aNonPositiveRatioIsShownNextToItsFieldInJapanese() {
    pages.open("trial/arm.xhtml?trial=IL2-HAI&arm=CHEMO").switchTo("ja");
    pages.type("arm:ratio", "0");
    assertThat(pages.clickAndReadMessage("arm:save", "arm:ratioMessage")).contains("0");
    assertThat(pages.textOf("arm:ratioMessage")).matches(".*[\\u3040-\\u30ff\\u4e00-\\u9fff].*");
  }
}
