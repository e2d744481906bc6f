package org.trialdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.Api.Reply;
import org.trialdesk.testsupport.ApiTest;

/** Who may call the API, and what a caller of one site sees of the others. */
class AccessApiIT extends ApiTest {

  private static final String SITE =
      "{\"code\": \"%s\", \"name\": \"%s\", \"city\": \"Osaka\", \"country\": \"JP\","
          + " \"timeZone\": \"Asia/Tokyo\"}";

  @Test
  void withoutCredentialsTheApiAnswers401WithAChallenge() {
    Reply anonymous = api.anonymous().get("trials");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.challenge()).startsWith("Basic realm=\"TrialDesk\"");
    assertThat(anonymous.contentType()).startsWith("application/problem+json");
  }

  @Test
  void wrongPasswordAndUnknownUserGetTheSameAnswer() {
    Reply wrongPassword = api.as("admin", "not-the-password").get("trials");
    Reply unknownUser = api.as("nobody-at-all", "demo").get("trials");
    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(unknownUser.status()).isEqualTo(401);
    assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
  }

  @Test
  void fiveFailedLoginsLockTheAccountAndItThenLooksLikeAWrongPassword() {
    Reply wrong = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      wrong = api.as("coordinator-wak", "wrong-" + attempt).get("trials");
      assertThat(wrong.status()).isEqualTo(401);
    }
    Reply locked = api.as("coordinator-wak").get("trials");
    assertThat(locked.status()).isEqualTo(401);
    assertThat(locked.body()).isEqualTo(wrong.body());
  }

  @Test
  void everyRoleReadsTrials() {
    for (String user : new String[] {"admin", "monitor", "investigator-osk", "coordinator-kob"}) {
      Reply trials = api.as(user).get("trials/IL2-HAI");
      assertThat(trials.status()).as(user).isEqualTo(200);
    }
  }

  @Test
  void aMonitorCannotWriteAnything() {
    api.as("monitor");
    assertThat(api.post("sites", SITE.formatted("MON1", "x")).status()).isEqualTo(403);
    assertThat(api.put("sites/OSK", SITE.formatted("OSK", "x")).status()).isEqualTo(403);
    assertThat(
            api.post(
                    "trials/IL2-HAI/status",
                    "{\"status\": \"CLOSED_TO_ACCRUAL\"," + " \"reasonForChange\": \"x\"}")
                .status())
        .isEqualTo(403);
    assertThat(api.put("trials/IL2-HAI/sites/OSK", "{\"code\": \"OSK\", \"cap\": 1}").status())
        .isEqualTo(403);
    assertThat(api.as("admin").get("trials/IL2-HAI/sites/OSK").object().getInt("cap"))
        .isEqualTo(30);
  }

  @Test
  void aCoordinatorCannotSetTrialsUp() {
    Reply refused = api.as("coordinator-osk").put("sites/OSK", SITE.formatted("OSK", "Mine now"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aCoordinatorSeesOnlyTheirOwnSitesParticipation() {
    api.as("coordinator-osk");
    assertThat(api.get("trials/IL2-HAI/sites").array().getValuesAs(JsonObject.class))
        .extracting(s -> s.getString("code"))
        .containsExactly("OSK");
    assertThat(api.get("trials/IL2-HAI/sites/OSK").status()).isEqualTo(200);
    Reply other = api.get("trials/IL2-HAI/sites/KOB");
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.body()).doesNotContain("Kobe");
    assertThat(api.get("trials/IL2-HAI").object().getJsonArray("sites")).hasSize(1);
  }

  @Test
  void markupInATextFieldIsStoredAsText() {
    String name = "<script>alert('x')</script> & <b>bold</b>";
    String siteCode = "X" + code.substring(code.length() - 5);
    Reply created = api.post("sites", SITE.formatted(siteCode, name.replace("'", "\\u0027")));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(api.get("sites/" + siteCode).object().getString("name")).isEqualTo(name);
  }
}
