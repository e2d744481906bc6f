package org.trialdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Deployments;
import org.trialdesk.testsupport.RandomizedTrial;

/**
 * axe-core (Deque's WCAG rules engine) finds no critical or serious violation of WCAG 2.1 A and AA
 * on any page of the browser tier, in either language, as an administrator sees them and as a
 * site's coordinator does (who alone gets the forms that record subject data).
 */
class AccessibilityBrowserIT extends BrowserTest {

  /** The rules engine, from Deque's axe-core jar (see the POM). */
  private static final String AXE = "axe.min.js";

  private static final String RUN =
      "var done = arguments[arguments.length - 1];"
          + "axe.run(document, {runOnly: {type: 'tag',"
          + " values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}).then(function (r) {"
          + "  done(r.violations.filter(function (v) {"
          + "    return v.impact === 'critical' || v.impact === 'serious'; })"
          + "  .map(function (v) { return v.id + ' (' + v.impact + ') at '"
          + "    + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); })"
          + "    .join(' | '); }));"
          + "});";

  @Test
  void noPageHasACriticalOrSeriousViolationInEitherLanguage() {
    String code = Deployments.uniqueCode("AXE");
    RandomizedTrial trial = RandomizedTrial.recruiting(new Api(base), code);
    String subject =
        trial.randomizedSubject(new Api(base).as("coordinator-osk"), "OSK", "AXE-1").subjectId();
    String s = "?trial=" + code + "&id=" + subject;
    String t = "?code=" + code;
    List<String> administrator =
        List.of(
            "index.xhtml",
            "site/list.xhtml",
            "site/edit.xhtml?code=OSK",
            "trial/view.xhtml" + t,
            "trial/setup.xhtml" + t,
            "trial/edit.xhtml" + t,
            "trial/arm.xhtml?trial=" + code + "&arm=IL2",
            "trial/sites.xhtml" + t,
            "trial/randomization.xhtml" + t,
            "trial/reports.xhtml" + t,
            "trial/survival.xhtml" + t,
            "trial/response.xhtml" + t,
            "trial/consort.xhtml" + t,
            "trial/toxicity.xhtml" + t,
            "trial/adverse-events.xhtml" + t,
            "allocation/list.xhtml?trial=" + code,
            "allocation/receipts.xhtml?trial=" + code,
            "allocation/import.xhtml?trial=" + code,
            "audit/list.xhtml",
            "admin/users.xhtml",
            "admin/user.xhtml?username=monitor",
            "admin/ctcae.xhtml",
            "admin/regimen-terms.xhtml",
            "account/tokens.xhtml",
            "account/settings.xhtml",
            "subject/list.xhtml?trial=" + code,
            "subject/view.xhtml" + s);
    List<String> coordinator =
        List.of(
            "subject/enroll.xhtml?trial=" + code,
            "subject/view.xhtml" + s,
            "subject/confirmation.xhtml" + s,
            "subject/adverse-events.xhtml" + s,
            "subject/adverse-event.xhtml" + s,
            "subject/treatment.xhtml" + s,
            "subject/outcome.xhtml" + s);

    List<String> violations = new ArrayList<>();
    for (String language : List.of("en", "ja")) {
      check(administrator, language, violations);
    }
    pages.logOut().logIn("coordinator-osk", Api.DEMO_PASSWORD);
    for (String language : List.of("en", "ja")) {
      check(coordinator, language, violations);
    }
    pages.logOut();
    check(List.of("login.xhtml"), "en", violations);
    assertThat(violations).isEmpty();
  }

  private void check(List<String> paths, String language, List<String> violations) {
    pages.open(paths.get(0));
    pages.switchTo(language);
    screenshots(language + "-" + paths.get(0).replaceAll("[^a-z]", "-"));
    for (String path : paths) {
      pages.open(path);
      JavascriptExecutor js = (JavascriptExecutor) driver;
      js.executeScript(axe());
      @SuppressWarnings("unchecked")
      List<String> found = (List<String>) js.executeAsyncScript(RUN);
      found.forEach(v -> violations.add(language + " " + path + ": " + v));
    }
  }

  private static String axe() {
    try (InputStream in = AccessibilityBrowserIT.class.getClassLoader().getResourceAsStream(AXE)) {
      assertThat(in).as(AXE).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
