package org.trialdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialdesk.security.control.TokenSecrets;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Api.Reply;
import org.trialdesk.testsupport.ApiTest;

/**
 * Personal API tokens over the API: made with the password, used as Bearer with the owner's rights,
 * listed without their secret, revoked, audited; and every way a request for one can be wrong.
 */
class ApiTokensIT extends ApiTest {

  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  private static String request(String name, Object expiresOn) {
    return "{\"name\": \"" + name + "\", \"expiresOn\": " + expiresOn + "}";
  }

  private static String in(int days) {
    return "\"" + TODAY.plusDays(days) + "\"";
  }

  private JsonObject issue(String username, String name) {
    Reply made = new Api(base).as(username).post("tokens", request(name, in(30)));
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    return made.object();
  }

  @Test
  void aTokenIsShownOnceWorksAsItsOwnerAndStopsWhenRevoked() {
    JsonObject made = issue("coordinator-osk", "nightly export " + code);
    String secret = made.getString("token");
    assertThat(TokenSecrets.wellFormed(secret)).as(secret).isTrue();
    assertThat(made.getString("status")).isEqualTo("ACTIVE");
    assertThat(made.getString("hint")).isEqualTo(secret.substring(0, 8));
    assertThat(made.getString("expiresAt")).isEqualTo(TODAY.plusDays(31) + "T00:00:00Z");
    long id = made.getJsonNumber("id").longValue();

    Api client = new Api(base).bearer(secret);
    assertThat(client.get("trials").status()).isEqualTo(200);
    // The owner's rights, not more: a coordinator reads no audit trail.
    assertThat(client.get("audit").status()).isEqualTo(403);

    Reply listed = client.get("tokens");
    assertThat(listed.status()).isEqualTo(200);
    JsonObject mine =
        listed.array().getValuesAs(JsonObject.class).stream()
            .filter(t -> t.getJsonNumber("id").longValue() == id)
            .findFirst()
            .orElseThrow();
    assertThat(mine.get("token") == null ? JsonValue.NULL : mine.get("token"))
        .as("the secret is shown once")
        .isEqualTo(JsonValue.NULL);
    assertThat(listed.body()).doesNotContain(secret);
    assertThat(mine.getString("lastUsedAt", null)).isNotNull();
    assertThat(mine.getString("lastUsedFrom")).isEqualTo("127.0.0.1");

    Reply successor = client.post("tokens", request("successor", in(10)));
    assertThat(successor.status()).as("a token does not make tokens").isEqualTo(403);
    assertThat(successor.contentType()).startsWith("application/problem+json");

    Reply revoked = client.delete("tokens/" + id);
    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
    assertThat(revoked.object().getString("status")).isEqualTo("REVOKED");

    Reply refused = client.get("trials");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.challenge()).isNotNull();
    assertThat(new Api(base).as("coordinator-osk").get("tokens/" + id).object().getString("status"))
        .as("revoked, not deleted")
        .isEqualTo("REVOKED");
    assertThat(new Api(base).as("coordinator-osk").delete("tokens/" + id).status()).isEqualTo(409);
  }

  @Test
  void issueUseAndRevocationAreInTheAuditTrailUsesOncePerMinuteAndAddress() {
    JsonObject made = issue("investigator-osk", "audited " + code);
    long id = made.getJsonNumber("id").longValue();
    Api client = new Api(base).bearer(made.getString("token"));
    for (int i = 0; i < 5; i++) {
      assertThat(client.get("trials").status()).isEqualTo(200);
    }
    assertThat(client.delete("tokens/" + id).status()).isEqualTo(200);

    Reply trail =
        new Api(base)
            .as("monitor")
            .get("audit?entity=ApiToken&key=investigator-osk/tokens/" + id + "&max=100");
    assertThat(trail.status()).as(trail.toString()).isEqualTo(200);
    List<String> actions = new ArrayList<>();
    for (JsonObject r : trail.array().getValuesAs(JsonObject.class)) {
      assertThat(r.getString("username")).isEqualTo("investigator-osk");
      actions.add(r.getString("action"));
    }
    assertThat(actions).contains("CREATE", "REVOKE").doesNotContain("UPDATE");
    assertThat(actions.stream().filter("TOKEN_USE"::equals)).hasSize(1);
    assertThat(trail.body()).doesNotContain(made.getString("token").substring(8));
  }

  @Test
  void anotherUsersTokenIsAbsentToThem() {
    JsonObject made = issue("coordinator-osk", "private " + code);
    long id = made.getJsonNumber("id").longValue();
    Api admin = new Api(base).as("admin");
    assertThat(admin.get("tokens/" + id).status()).isEqualTo(404);
    assertThat(admin.delete("tokens/" + id).status()).isEqualTo(404);
    assertThat(admin.get("tokens").body()).doesNotContain("private " + code);
    assertThat(new Api(base).as("coordinator-osk").delete("tokens/" + id).status()).isEqualTo(200);
  }

  @Test
  void aSecretThatIsNotAnActiveTokenGets401() {
    Api client = new Api(base);
    for (String secret :
        List.of(
            "",
            "abc",
            TokenSecrets.generate(),
            TokenSecrets.generate().toUpperCase(),
            "tdk_' or '1'='1")) {
      Reply refused = client.bearer(secret).get("trials");
      assertThat(refused.status()).as("Bearer [%s]", secret).isEqualTo(401);
      assertThat(refused.contentType()).startsWith("application/problem+json");
    }
  }

  @Test
  void badRequestsAreRefusedWithTheFieldNamed() {
    String name = "refused " + code;
    Api coordinator = new Api(base).as("coordinator-osk");
    assertField(coordinator.post("tokens", "{\"expiresOn\": " + in(5) + "}"), "name");
    assertField(coordinator.post("tokens", request(" ", in(5))), "name");
    assertField(coordinator.post("tokens", request("x".repeat(101), in(5))), "name");
    assertField(coordinator.post("tokens", "{\"name\": \"" + name + "\"}"), "expiresOn");
    assertField(coordinator.post("tokens", request(name, in(-1))), "expiresOn");
    assertField(coordinator.post("tokens", request(name, in(367))), "expiresOn");
    assertField(coordinator.post("tokens", request(name, "\"tomorrow\"")), "expiresOn");
    assertField(coordinator.post("tokens", request(name, "\"2026/12/01\"")), "expiresOn");
    assertField(coordinator.post("tokens", request(name, "20261201")), "expiresOn");
    assertField(coordinator.post("tokens", request(name, "true")), "expiresOn");
    Reply japanese =
        new Api(base).as("coordinator-osk").inLanguage("ja").post("tokens", request(name, in(-1)));
    assertThat(japanese.errorFor("expiresOn")).contains("今日以降");
    assertThat(coordinator.get("tokens").body()).doesNotContain(name);
  }

  @Test
  void anAccountHoldsAtMostTwentyActiveTokens() {
    Api kob = new Api(base).as("coordinator-kob");
    List<Long> made = new ArrayList<>();
    long active =
        kob.get("tokens").array().getValuesAs(JsonObject.class).stream()
            .filter(t -> t.getString("status").equals("ACTIVE"))
            .count();
    try {
      for (long i = active; i < 20; i++) {
        made.add(issue("coordinator-kob", "batch " + i).getJsonNumber("id").longValue());
      }
      Reply tooMany = kob.post("tokens", request("one more", in(5)));
      assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(409);
      assertThat(tooMany.body()).contains("20");
    } finally {
      made.forEach(id -> kob.delete("tokens/" + id));
    }
    Reply afterwards = kob.post("tokens", request("after revoking", in(5)));
    assertThat(afterwards.status()).isEqualTo(201);
    kob.delete("tokens/" + afterwards.object().getJsonNumber("id"));
  }

  private static void assertField(Reply reply, String field) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.errorFor(field)).as(reply.toString()).isNotBlank();
  }
}
