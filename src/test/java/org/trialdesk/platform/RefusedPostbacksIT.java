package org.trialdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Deployments;
import org.trialdesk.testsupport.RandomizedTrial;

/**
 * Form posts forged over plain HTTP by a logged-in user: without the page's CSP nonce, with a
 * made-up view state, with another session's view state. Each answers 400 with a page that says
 * what happened and links back, never a server error; the session goes on working.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RefusedPostbacksIT {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]+)\"");
  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  /** A browser-like session: cookies kept, the last page's view state and nonce at hand. */
  private final class Session {
    final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    String viewState;
    String nonce;

    HttpResponse<String> get(String page) throws Exception {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(base + page))
                  .header("Accept-Language", "en")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      remember(response);
      return response;
    }

    HttpResponse<String> post(String page, Map<String, String> fields) throws Exception {
      String form =
          fields.entrySet().stream()
              .map(
                  e ->
                      URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                          + "="
                          + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      return http.send(
          HttpRequest.newBuilder(URI.create(base + page))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("Accept-Language", "en")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    private void remember(HttpResponse<String> response) {
      Matcher state = VIEW_STATE.matcher(response.body());
      viewState = state.find() ? state.group(1) : null;
      Matcher nonceMatch =
          NONCE.matcher(response.headers().firstValue("Content-Security-Policy").orElse(""));
      nonce = nonceMatch.find() ? nonceMatch.group(1) : null;
    }

    Session logIn(String username) throws Exception {
      get("login.xhtml");
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("login", "login");
      fields.put("login:username", username);
      fields.put("login:password", Api.DEMO_PASSWORD);
      fields.put("login:submit", "");
      fields.put("jakarta.faces.ViewState", viewState);
      fields.put("primefaces.nonce", nonce);
      HttpResponse<String> answer = post("login.xhtml", fields);
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body()).as("logged in").contains(username);
      return this;
    }

    /** The trial list's navigation form as the page would post it, minus what is left out. */
    Map<String, String> navForm(String viewState, String nonce) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("nav", "nav");
      fields.put("jakarta.faces.ViewState", viewState);
      if (nonce != null) {
        fields.put("primefaces.nonce", nonce);
      }
      return fields;
    }
  }

  @Test
  void aPostWithoutTheNonceIsABadRequestWithAWayBack() throws Exception {
    Session session = new Session().logIn("coordinator-osk");
    session.get("index.xhtml");
    HttpResponse<String> genuine =
        session.post("index.xhtml", session.navForm(session.viewState, session.nonce));
    assertThat(genuine.statusCode()).as("the same post with its nonce").isEqualTo(200);

    session.get("index.xhtml");
    HttpResponse<String> refused =
        session.post("index.xhtml", session.navForm(session.viewState, null));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(refused.body())
        .contains("Request refused")
        .contains("href=\"/index.xhtml\"")
        .doesNotContain("Something went wrong");
    assertThat(session.get("index.xhtml").statusCode()).as("the session goes on").isEqualTo(200);
  }

  @Test
  void aMadeUpOrForeignViewStateIsAnExpiredPageWithAWayBack() throws Exception {
    Session session = new Session().logIn("coordinator-osk");
    session.get("index.xhtml");
    HttpResponse<String> madeUp =
        session.post("index.xhtml", session.navForm("-4242424242424242:1234567890", session.nonce));
    assertThat(madeUp.statusCode()).as(madeUp.body()).isEqualTo(400);
    assertThat(madeUp.body())
        .contains("Page expired")
        .contains("href=\"/index.xhtml\"")
        .doesNotContain("Something went wrong");

    Session other = new Session().logIn("coordinator-kob");
    other.get("index.xhtml");
    session.get("index.xhtml");
    HttpResponse<String> foreign =
        session.post("index.xhtml", session.navForm(other.viewState, session.nonce));
    assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(400);
    assertThat(foreign.body()).contains("Page expired");
    assertThat(session.get("index.xhtml").statusCode()).isEqualTo(200);
  }

  @Test
  void aStratumCapThatIsNotAPositiveWholeNumberIsRefusedNextToTheField() throws Exception {
    String trial = Deployments.uniqueCode("RPB");
    RandomizedTrial.create(
        new Api(base), trial, RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY, null, 10, false);
    Session admin = new Session().logIn("admin");
    for (String cap : new String[] {"abc", "1.5", "-5", "0", "2147483648"}) {
      admin.get("trial/randomization.xhtml?code=" + trial);
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("scheme", "scheme");
      fields.put("scheme:method_input", "PERMUTED_BLOCK");
      fields.put("scheme:blockSizes", "2, 4");
      fields.put("scheme:stratumCap", cap);
      fields.put("scheme:reason", "Cap for the test");
      fields.put("scheme:save", "scheme:save");
      fields.put("jakarta.faces.ViewState", admin.viewState);
      fields.put("primefaces.nonce", admin.nonce);
      HttpResponse<String> answer = admin.post("trial/randomization.xhtml?code=" + trial, fields);
      assertThat(answer.statusCode()).as(cap + ": " + answer.body()).isEqualTo(200);
      assertThat(answer.body())
          .as(cap)
          .containsPattern("id=\"scheme:stratumCapMessage\"[^>]*ui-message-error");
    }
    assertThat(new Api(base).get("trials/" + trial + "/randomization").object().getInt("version"))
        .as("no new version of the scheme")
        .isEqualTo(1);
  }
}
