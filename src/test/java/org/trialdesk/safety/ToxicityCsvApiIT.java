package org.trialdesk.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.ApiTest;
import org.trialdesk.testsupport.RandomizedTrial;

/** The toxicity table's CSV file opens in a spreadsheet without running anything. */
class ToxicityCsvApiIT extends ApiTest {

  @Test
  void aTermThatLooksLikeAFormulaIsWrittenAsText() throws Exception {
    long meddraCode = 96_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
    String term = "=HYPERLINK(\"\"http://evil.example\"\") " + meddraCode;
    Api.Reply imported =
        api.as("admin")
            .postCsv(
                "ctcae/import",
                "MedDRA Code,MedDRA SOC,CTCAE Term,Grade 1,Grade 2,Grade 3,Grade 4,Grade 5\n"
                    + meddraCode
                    + ",General disorders and administration site conditions,\""
                    + term
                    + "\",Mild,-,-,-,-\n");
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    RandomizedTrial trial = RandomizedTrial.recruiting(api, code);
    Api osk = new Api(base).as("coordinator-osk");
    RandomizedTrial.Randomized subject = trial.randomizedSubject(osk, "OSK", "TX-1");
    Api.Reply event =
        osk.post(
            "trials/" + code + "/subjects/" + subject.subjectId() + "/adverse-events",
            """
            {"meddraCode": %d, "grade": 1, "onsetDate": "%s", "outcome": "RECOVERING",
             "attribution": {"%s": "UNLIKELY"}}
            """
                .formatted(meddraCode, LocalDate.now().minusDays(1), subject.agent()));
    assertThat(event.status()).as(event.toString()).isEqualTo(201);

    HttpResponse<String> csv =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(base + "api/v1/trials/" + code + "/analysis/adverse-events"))
                    .header("Accept", "text/csv")
                    .header(
                        "Authorization",
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString(
                                    ("monitor:" + Api.DEMO_PASSWORD)
                                        .getBytes(StandardCharsets.UTF_8)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
    assertThat(csv.body())
        .contains("\"'=HYPERLINK(\"\"http://evil.example\"\") " + meddraCode + "\"")
        .doesNotContain("\n=")
        .doesNotContain("\n\"=");
  }
}
