package org.trialdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.trialdesk.testsupport.Api;

/**
 * Pages show a role only the controls it may use: a coordinator sees none of the administrator's on
 * the trial page, the trial list and the site list, and gets the forbidden page instead of the
 * administrator's forms; an administrator sees them all.
 */
class RightsBrowserIT extends BrowserTest {

  /** The trial page's controls that only the sponsor's data manager may use. */
  private static final List<String> TRIAL_PAGE_ADMIN_CONTROLS =
      List.of("edit", "manage-sites", "import", "status:change");

  @Override
  String user() {
    return "coordinator-osk";
  }

  @Test
  void aCoordinatorSeesNoAdministratorControlsAndGetsNoAdministratorForms() {
    pages.openList();
    assertThat(present("trials:new")).as("New trial").isFalse();

    pages.openTrial("IL2-HAI");
    assertThat(present("subjects")).as("what a coordinator may use is there").isTrue();
    for (String id : TRIAL_PAGE_ADMIN_CONTROLS) {
      assertThat(present(id)).as(id).isFalse();
    }
    assertThat(present("scheme")).as("randomization scheme").isFalse();
    assertThat(present("allocations")).as("allocation log").isFalse();
    assertThat(present("sign:submit")).as("site staff do not sign the trial").isFalse();
    assertThat(driver.findElements(By.cssSelector(".edit-arm"))).as("Edit arm").isEmpty();

    pages.open("site/list.xhtml");
    assertThat(present("sites:new")).as("New site").isFalse();
    assertThat(driver.findElements(By.cssSelector("[id='sites:table'] a[id$=':open']")))
        .as("links to the site editor")
        .isEmpty();
    assertThat(driver.findElement(By.id("sites:table")).getText()).contains("OSK");

    for (String form :
        List.of(
            "trial/edit.xhtml?code=IL2-HAI",
            "trial/edit.xhtml",
            "trial/arm.xhtml?trial=IL2-HAI&arm=IL2",
            "trial/sites.xhtml?code=IL2-HAI",
            "site/edit.xhtml?code=OSK",
            "allocation/import.xhtml?trial=IL2-HAI")) {
      pages.open(form);
      assertThat(pages.title()).as(form).isEqualTo("Not allowed");
      assertThat(driver.findElements(By.tagName("input")).stream().map(e -> e.getAttribute("id")))
          .as(form + " shows no form")
          .noneMatch(id -> id != null && (id.startsWith("editor:") || id.startsWith("site:")));
    }
  }

  @Test
  void anAdministratorSeesThemAndSignsOnlyAsAuthorOrApprover() {
    pages.logOut().logIn("admin", Api.DEMO_PASSWORD).openList();
    assertThat(present("trials:new")).isTrue();

    pages.openTrial("IL2-HAI");
    for (String id : TRIAL_PAGE_ADMIN_CONTROLS) {
      assertThat(present(id)).as(id).isTrue();
    }
    assertThat(present("scheme")).isTrue();
    assertThat(present("allocations")).isTrue();
    assertThat(driver.findElements(By.cssSelector(".edit-arm"))).hasSize(2);
    assertThat(
            driver.findElements(By.cssSelector("[id='sign:meaning_input'] option")).stream()
                .map(o -> o.getAttribute("value"))
                .filter(v -> !v.isEmpty())
                .toList())
        .containsExactly("APPROVED", "AUTHORED");

    pages.open("site/list.xhtml");
    assertThat(present("sites:new")).isTrue();
    assertThat(driver.findElements(By.cssSelector("[id='sites:table'] a[id$=':open']")))
        .isNotEmpty();
    pages.open("trial/edit.xhtml?code=IL2-HAI");
    assertThat(present("editor:title")).isTrue();
  }

  private boolean present(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }
}
