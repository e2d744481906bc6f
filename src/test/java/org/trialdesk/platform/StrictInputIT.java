package org.trialdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Api.Reply;
import org.trialdesk.testsupport.ApiTest;
import org.trialdesk.testsupport.RandomizedTrial;

/**
 * Values of the wrong kind are refused with the field named, never coerced: a yes/no is a JSON
 * boolean, an integer is whole and within range, and the setups that once divided by zero or broke
 * the CSV parser answer 400.
 */
class StrictInputIT extends ApiTest {

  private static void assertRefused(Reply reply, String field) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.errorFor(field)).as(reply.toString()).isNotBlank();
  }

  private Api coordinator() {
    return new Api(base).as("coordinator-osk");
  }

  private int subjects(RandomizedTrial trial) {
    return new Api(base).as("monitor").get("trials/" + trial.code + "/subjects").array().size();
  }

  @Test
  void anEligibilityAnswerIsAJsonBooleanOrRefused() {
    RandomizedTrial trial = RandomizedTrial.recruiting(api, code);
    for (String answer : new String[] {"\"yes\"", "1", "\"😀\"", "\"true\"", "\"false\"", "0"}) {
      String doc =
          RandomizedTrial.eligible("OSK", "S-" + answer.length(), "R")
              .replace("\"I1\": true", "\"I1\": " + answer);
      assertRefused(coordinator().post("trials/" + code + "/subjects", doc), "eligibility.I1");
    }
    assertThat(subjects(trial)).as("no screen failure recorded").isZero();
    Reply japanese =
        coordinator()
            .inLanguage("ja")
            .post(
                "trials/" + code + "/subjects",
                RandomizedTrial.eligible("OSK", "S-J", "R").replace("\"E1\": false", "\"E1\": 0"));
    assertThat(japanese.errorFor("eligibility.E1")).contains("true").contains("false");
  }

  @Test
  void integersAreNeitherTruncatedNorClamped() {
    String trial =
        """
        {"code": "%s", "title": "Strict", "phase": "PHASE_3", "targetEnrollment": 10,
         "arms": [{"code": "A", "name": "A", "ratio": %s, "regimen": [
           {"agent": "5-FU", "dose": 250, "unit": "MG", "route": "INTRAVENOUS",
            "schedule": "ONCE_DAILY", "durationAmount": %s, "durationUnit": "DAYS"}]}],
         "sites": [{"code": "OSK", "status": "ACTIVE", "cap": %s}]}
        """;
    assertRefused(api.post("trials", trial.formatted(code, "1.5", "5", "10")), "arms[0].ratio");
    assertRefused(
        api.post("trials", trial.formatted(code, "1", "-2147483649", "10")),
        "arms[0].regimen[0].durationAmount");
    assertRefused(
        api.post("trials", trial.formatted(code, "1", "5", "-2147483649")), "sites[0].cap");
    assertRefused(
        api.post("trials", trial.formatted(code, "1", "5", "2147483648")), "sites[0].cap");
    assertRefused(api.post("trials", trial.formatted(code, "\"2\"", "5", "10")), "arms[0].ratio");
    assertThat(api.get("trials/" + code).status()).as("nothing stored").isEqualTo(404);

    RandomizedTrial.recruiting(api, code);
    assertRefused(
        api.put("trials/" + code + "/sites/OSK", "{\"status\": \"ACTIVE\", \"cap\": -2147483649}"),
        "cap");
    assertThat(api.get("trials/" + code + "/sites/OSK").object().isNull("cap")).isTrue();
  }

  @Test
  void aDoseCannotBeLinkedToAnEventByAFractionalId() {
    RandomizedTrial trial = RandomizedTrial.recruiting(api, code);
    RandomizedTrial.Randomized subject = trial.randomizedSubject(coordinator(), "OSK", "D-1");
    String subjectPath = "trials/" + code + "/subjects/" + subject.subjectId();
    Reply event =
        coordinator()
            .post(
                subjectPath + "/adverse-events",
                """
                {"meddraCode": 10028813, "grade": 2, "onsetDate": "%s", "outcome": "RECOVERED",
                 "attribution": {"%s": "PROBABLE"}}
                """
                    .formatted(LocalDate.now().minusDays(1), subject.agent()));
    assertThat(event.status()).as(event.toString()).isEqualTo(201);
    long id = event.object().getJsonNumber("id").longValue();
    String path = subjectPath + "/administrations";
    // JSON-B alone truncated id + 0.5 to the id and linked the dose to the event.
    Reply fractional =
        coordinator()
            .post(
                path,
                """
                {"givenOn": "%s", "agent": "%s", "dose": 1, "unit": "MG",
                 "doseChange": "REDUCED", "adverseEventId": %d.5, "changeReason": "AE"}
                """
                    .formatted(
                        LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")), subject.agent(), id));
    assertRefused(fractional, "adverseEventId");
    assertThat(coordinator().get(path).array()).isEmpty();
  }

  @Test
  void booleansAndCodesElsewhereAreStrictToo() {
    String trial =
        """
        {"code": "%s", "title": "Strict", "phase": %s, "targetEnrollment": 10, "blinded": %s}
        """;
    assertRefused(api.post("trials", trial.formatted(code, "\"PHASE_3\"", "\"true\"")), "blinded");
    assertRefused(api.post("trials", trial.formatted(code, "\"phase_3\"", "false")), "phase");
    assertRefused(api.post("trials", trial.formatted(code, "true", "false")), "phase");
    RandomizedTrial.create(
        api, code, RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY, null, 10, false);
    assertRefused(
        api.put(
            "trials/" + code + "/randomization",
            "{\"method\": \"SIMPLE\", \"amendment\": \"yes\", \"reasonForChange\": \"x\"}"),
        "amendment");
  }

  @Test
  void permutedBlocksWithoutArmsAreRefusedOnTheField() {
    for (String arms : new String[] {"[]", "null"}) {
      Reply created =
          api.post(
              "trials",
              """
              {"code": "%s", "title": "No arms", "phase": "PHASE_3", "targetEnrollment": 10,
               "arms": %s, "randomization": {"method": "PERMUTED_BLOCK", "blockSizes": [2, 4]}}
              """
                  .formatted(code, arms));
      assertRefused(created, "randomization.method");
      assertThat(api.get("trials/" + code).status()).isEqualTo(404);
    }
    Reply draft =
        api.post(
            "trials",
            "{\"code\": \"%s\", \"title\": \"No arms\", \"phase\": \"PHASE_3\", \"targetEnrollment\": 10}"
                .formatted(code));
    assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
    for (String scheme :
        new String[] {
          "{\"method\": \"PERMUTED_BLOCK\", \"blockSizes\": [4]}",
          "{\"method\": \"MINIMIZATION\", \"minimizationFactors\": []}",
          "{\"method\": \"BIASED_COIN\"}"
        }) {
      assertRefused(api.put("trials/" + code + "/randomization", scheme), "method");
    }
    assertRefused(
        api.put(
            "trials/" + code + "/randomization",
            "{\"method\": \"PERMUTED_BLOCK\", \"blockSizes\": [0, -2]}"),
        "blockSizes[1]");
  }

  @Test
  void aCodeHoldingASeparatorOfTheStoredTextsIsRefusedOnTheField() {
    // Schemes store factors joined by "," and weights after ":"; strata and levels are joined
    // with ";" and "=", and the allocation chain hashes those texts: no code may hold one.
    RandomizedTrial.create(
        api, code, RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY, null, 10, false);
    String path = "trials/" + code + "/randomization";
    for (String factor :
        new String[] {"site,resectability", "site;resectability", "site=OSK", "site:1"}) {
      assertRefused(
          api.put(
              path,
              "{\"method\": \"MINIMIZATION\", \"minimizationFactors\": [{\"factor\": \"%s\"}], \"reasonForChange\": \"x\"}"
                  .formatted(factor)),
          "minimizationFactors[0].factor");
      assertRefused(
          api.put(
              path,
              "{\"method\": \"PERMUTED_BLOCK\", \"blockSizes\": [2], \"stratifyBy\": [\"%s\"], \"reasonForChange\": \"x\"}"
                  .formatted(factor)),
          "stratifyBy[0]");
    }
    assertThat(api.get(path).object().getJsonArray("stratifyBy").getString(1))
        .as("the scheme is unchanged")
        .isEqualTo("resectability");
    Reply imported =
        api.postCsv(
            "trials/" + code + "/allocations/import",
            "subjectId,siteCode,resectability,arm,randomizedOn\nOSK-001,OSK,R;site=KOB,IL2,2025-01-10\n");
    assertRefused(imported, "lines[2].resectability");
    String other = code + "X";
    assertRefused(
        api.post(
            "trials",
            """
            {"code": "%s", "title": "Separators", "phase": "PHASE_3", "targetEnrollment": 10,
             "factors": [{"code": "a;b", "name": "A", "levels": [{"code": "R", "name": "R"}]}]}
            """
                .formatted(other)),
        "factors[0].code");
    RandomizedTrial trial = RandomizedTrial.existing(api, code).open();
    Reply level =
        coordinator()
            .post(
                "trials/" + code + "/subjects",
                RandomizedTrial.eligible("OSK", "S-SEP", "R;site=KOB"));
    assertRefused(level, "factors.resectability");
    assertThat(subjects(trial)).isZero();
  }

  @Test
  void aBrokenQuoteAndForeignSubjectIdsInAnImportAreReportedPerLine() {
    RandomizedTrial.create(
        api, code, RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY, null, 10, false);
    String path = "trials/" + code + "/allocations/import";
    String header = "subjectId,siteCode,resectability,arm,randomizedOn\n";
    Reply quote = api.postCsv(path, header + "OSK-001,OSK,R,IL2,2025-01-10\n\"abc,def\n");
    assertRefused(quote, "lines[3]");

    Reply ids =
        api.postCsv(
            path,
            header
                + "=1+1,OSK,R,IL2,2025-01-10\n"
                + "<script>,OSK,R,IL2,2025-01-10\n"
                + "' OR 1=1--,OSK,R,IL2,2025-01-10\n"
                + "OSK-😀,OSK,R,IL2,2025-01-10\n"
                + "KOB-001,OSK,R,IL2,2025-01-10\n"
                + "OSK-001,OSK,R,IL2,2025-01-10\n");
    for (int line = 2; line <= 6; line++) {
      assertRefused(ids, "lines[" + line + "].subjectId");
    }
    assertThat(ids.errorFor("lines[7].subjectId")).as("a good line is not blamed").isNull();
    assertThat(new Api(base).as("monitor").get("trials/" + code + "/allocations").array())
        .isEmpty();
  }
}
