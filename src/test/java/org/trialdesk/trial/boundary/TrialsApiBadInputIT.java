package org.trialdesk.trial.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.Api.Reply;
import org.trialdesk.testsupport.ApiTest;

/**
 * Every bad input of the trials and sites API is a 4xx problem+json naming the field, in the
 * caller's language, and leaves nothing half-saved.
 */
class TrialsApiBadInputIT extends ApiTest {

  private String trialWith(String title, int ratio, String dose, String unit, String sites) {
    return """
        {"code": "%s", "title": %s, "phase": "PHASE_3", "targetEnrollment": 100,
         "arms": [{"code": "A", "name": "Arm A", "ratio": %d, "regimen": [
           {"agent": "5-FU", "dose": %s, "unit": "%s", "route": "INTRAVENOUS", "schedule": "ONCE_DAILY"}]}],
         "sites": [%s]}
        """
        .formatted(code, title, ratio, dose, unit, sites);
  }

  private static void assertProblem(Reply reply, int status) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.object().getInt("status")).isEqualTo(status);
    assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private void assertNothingSaved() {
    assertProblem(api.get("trials/" + code), 404);
  }

  @Test
  void aDuplicateTrialCodeIsAConflictNamingTheCode() {
    Reply duplicate =
        api.post("trials", trialWith("\"Copy\"", 1, "1", "MG", "").replace(code, "IL2-HAI"));
    assertProblem(duplicate, 409);
    assertThat(duplicate.errorFor("code")).contains("IL2-HAI").contains("already exists");
  }

  @Test
  void aDuplicateSiteCodeIsAConflictNamingTheCode() {
    Reply duplicate =
        api.post(
            "sites",
            "{\"code\": \"OSK\", \"name\": \"Other\", \"city\": \"Osaka\", \"country\": \"JP\","
                + " \"timeZone\": \"Asia/Tokyo\"}");
    assertProblem(duplicate, 409);
    assertThat(duplicate.errorFor("code")).contains("OSK");
  }

  @Test
  void missingAndBlankRequiredFieldsAreNamed() {
    Reply blank = api.post("trials", "{\"code\": \"" + code + "\", \"title\": \"  \"}");
    assertProblem(blank, 400);
    assertThat(blank.errorFor("title")).isNotBlank();
    assertThat(blank.errorFor("phase")).isNotBlank();
    assertThat(blank.errorFor("targetEnrollment")).isNotBlank();
    assertNothingSaved();
  }

  @Test
  void aNonPositiveRatioWeightIsNamed() {
    Reply zero = api.post("trials", trialWith("\"T\"", 0, "250", "MG", ""));
    assertProblem(zero, 400);
    assertThat(zero.errorFor("arms[0].ratio")).contains("more than 0");
    assertNothingSaved();
  }

  @Test
  void aNegativeDoseIsNamed() {
    Reply negative = api.post("trials", trialWith("\"T\"", 1, "-250", "MG", ""));
    assertProblem(negative, 400);
    assertThat(negative.errorFor("arms[0].regimen[0].dose")).isNotBlank();
    assertNothingSaved();
  }

  @Test
  void anUnknownUnitIsNamedWithTheKnownOnes() {
    Reply furlong = api.post("trials", trialWith("\"T\"", 1, "250", "furlong", ""));
    assertProblem(furlong, 400);
    assertThat(furlong.errorFor("arms[0].regimen[0].unit")).contains("MG").contains("MG_PER_M2");
    assertNothingSaved();
  }

  @Test
  void anUnknownSiteLeavesNothingHalfSaved() {
    Reply unknown =
        api.post(
            "trials",
            trialWith("\"T\"", 1, "250", "MG", "{\"code\": \"OSK\"}, {\"code\": \"ZZZ\"}"));
    assertProblem(unknown, 400);
    assertThat(unknown.errorFor("sites[1].code")).contains("ZZZ");
    assertNothingSaved();
  }

  @Test
  void aRepeatedArmCodeIsAConflict() {
    String twice =
        trialWith("\"T\"", 1, "250", "MG", "")
            .replace(
                "\"arms\": [{",
                "\"arms\": [{\"code\": \"A\", \"name\": \"x\", \"ratio\": 1, "
                    + "\"regimen\": [{\"agent\": \"X\", \"dose\": 1, \"unit\": \"MG\", \"route\": \"ORAL\","
                    + " \"schedule\": \"ONCE_DAILY\"}]}, {");
    Reply repeated = api.post("trials", twice);
    assertProblem(repeated, 409);
    assertThat(repeated.errorFor("arms[1].code")).contains("A");
    assertNothingSaved();
  }

  @Test
  void malformedJsonIsABadRequest() {
    assertProblem(api.post("trials", "{\"code\": "), 400);
    assertProblem(api.post("trials", "{\"code\": \"X\", \"targetEnrollment\": \"many\"}"), 400);
    assertProblem(api.post("trials", ""), 400);
  }

  @Test
  void anUnknownTrialIsNotFound() {
    assertProblem(api.get("trials/NO-SUCH-TRIAL"), 404);
    assertProblem(api.get("trials/IL2-HAI/arms/NONE"), 404);
    assertProblem(api.get("sites/NONE"), 404);
  }

  @Test
  void badSiteValuesAreNamedInJapaneseWhenAskedFor() {
    Reply bad =
        api.inLanguage("ja")
            .post(
                "sites",
                "{\"code\": \"osaka-1\", \"name\": \"\", \"city\": \"Osaka\", \"country\": \"XX\","
                    + " \"timeZone\": \"Mars/Olympus\"}");
    assertProblem(bad, 400);
    assertThat(bad.object().getString("title")).isEqualTo("不正なリクエスト");
    assertThat(bad.errorFor("code")).contains("英大文字");
    assertThat(bad.errorFor("country")).contains("国コード");
    assertThat(bad.errorFor("timeZone")).contains("タイムゾーン");
    assertThat(bad.errorFor("name")).isNotBlank();
    assertProblem(api.get("sites/osaka-1"), 404);
  }

  @Test
  void theProtocolCodeOfAStoredTrialCannotBeChanged() {
    Reply renamed =
        api.put(
            "trials/IL2-HAI",
            "{\"code\": \"OTHER\", \"title\": \"x\", \"phase\": \"PHASE_3\", \"targetEnrollment\": 1}");
    assertProblem(renamed, 400);
    assertThat(renamed.errorFor("code")).isNotBlank();
    assertThat(api.get("trials/IL2-HAI").object().getInt("targetEnrollment")).isEqualTo(120);
  }
}
