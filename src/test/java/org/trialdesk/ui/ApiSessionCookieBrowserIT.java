package org.trialdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.trialdesk.testsupport.Api;

/**
 * The API takes only credentials sent with the request: the session cookie of a logged-in page
 * user, which a browser adds to any request (also one a foreign page makes it send), gets 401.
 */
class ApiSessionCookieBrowserIT extends BrowserTest {

  private static final String CTCAE_HEADER =
      "MedDRA Code,MedDRA SOC,CTCAE Term,Grade 1,Grade 2,Grade 3,Grade 4,Grade 5\n";

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theSessionCookieAloneGets401FromTheApiAndBasicStillWorks() throws Exception {
    Cookie session = driver.manage().getCookieNamed("JSESSIONID");
    assertThat(session).as("logged in through the login page").isNotNull();
    String cookie = "JSESSIONID=" + session.getValue();
    assertThat(send(page("index.xhtml").header("Cookie", cookie).GET()).statusCode())
        .as("the cookie is a live page session")
        .isEqualTo(200);

    HttpResponse<String> read = send(api("trials").header("Cookie", cookie).GET());
    assertThat(read.statusCode()).isEqualTo(401);
    assertThat(read.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));

    long meddraCode = 98_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
    String file =
        CTCAE_HEADER
            + meddraCode
            + ",General disorders and administration site conditions,Cookie test term "
            + meddraCode
            + ",Mild,-,-,-,-\n";
    HttpResponse<String> write =
        send(
            api("ctcae/import")
                .header("Cookie", cookie)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(file)));
    assertThat(write.statusCode()).isEqualTo(401);
    assertThat(
            send(api("ctcae/terms/" + meddraCode).header("Authorization", basic()).GET())
                .statusCode())
        .as("nothing imported")
        .isEqualTo(404);

    assertThat(send(api("trials").header("Authorization", basic()).GET()).statusCode())
        .isEqualTo(200);
    HttpResponse<String> withBasic =
        send(
            api("ctcae/import")
                .header("Authorization", basic())
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(file)));
    assertThat(withBasic.statusCode()).as(withBasic.body()).isEqualTo(200);
    assertThat(
            send(api("ctcae/terms/" + meddraCode).header("Authorization", basic()).GET())
                .statusCode())
        .isEqualTo(200);
  }

  private HttpRequest.Builder page(String path) {
    return HttpRequest.newBuilder(URI.create(base + path));
  }

  private HttpRequest.Builder api(String path) {
    return HttpRequest.newBuilder(URI.create(base + "api/v1/" + path))
        .header("Accept", "application/json");
  }

  private static String basic() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(("admin:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
