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

    pages.open("audit/list.xhtml");
    pages.type("audit:key", site);
    pages.clickAndWaitForText("audit:apply", "audit:table", "The clinic moved to Ikoma");
    assertThat(pages.textOf("audit:table"))
        .contains("The clinic moved to Ikoma")
        .contains("Nara → Ikoma")
        .contains("admin");
  }
}
