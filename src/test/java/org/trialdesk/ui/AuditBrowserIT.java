package org.trialdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Deployments;

/** A change made on a page asks for its reason, and the audit viewer shows it. */
class AuditBrowserIT extends BrowserTest {

  @Test
  void aSiteChangeNeedsAReasonAndShowsInTheAuditTrail() {
    String site = "B" + Deployments.uniqueCode("").substring(0, 5);
    Api.Reply created =
        new Api(base)
            .post(
                "sites",
                ("{\"code\": \"%s\", \"name\": \"Nara East Clinic\", \"city\": \"Nara\","
                        + " \"country\": \"JP\", \"timeZone\": \"Asia/Tokyo\"}")
                    .formatted(site));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);

    pages.open("site/edit.xhtml?code=" + site);
    pages.type("site:city", "Ikoma");
    assertThat(pages.clickAndReadMessage("site:save", "site:reasonMessage")).isNotBlank();

    pages.type("site:reason", "The clinic moved to Ikoma");
    pages.clickAndWaitForPage("site:save");

    pages.open("site/edit.xhtml?code=" + site);
    assertThat(pages.textOf("history:table")).contains("The clinic moved to Ikoma");

    pages.open("audit/list.xhtml");
    pages.type("audit:key", site);
    pages.clickAndWaitForText("audit:apply", "audit:table", "The clinic moved to Ikoma");
    assertThat(pages.textOf("audit:table"))
        .contains("The clinic moved to Ikoma")
        .contains("Nara → Ikoma")
        .contains("admin");
  }

  @Test
  void aSignedTrialThatIsEditedShowsItsSignatureInvalidated() {
    String code = Deployments.uniqueCode("ESIG");
    Api api = new Api(base);
    String trial =
        "{\"code\": \"%s\", \"title\": \"%s\", \"phase\": \"PHASE_2\","
            + " \"targetEnrollment\": 10%s}";
    assertThat(api.post("trials", trial.formatted(code, "Signed protocol", "")).status())
        .isEqualTo(201);

    pages.open("trial/view.xhtml?code=" + code);
    pages.choose("sign:meaning", "Approved");
    pages.type("sign:password", Api.DEMO_PASSWORD);
    pages.clickAndWaitForPage("sign:submit");
    assertThat(pages.textOf("signatures"))
        .contains("Demo Administrator")
        .contains("Approved")
        .contains("Valid");

    Api.Reply edited =
        api.put(
            "trials/" + code,
            trial.formatted(
                code, "Signed protocol, amended", ", \"reasonForChange\": \"Amendment 1\""));
    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);

    pages.open("trial/view.xhtml?code=" + code);
    assertThat(pages.textOf("signatures")).contains("Invalidated");
  }
}
