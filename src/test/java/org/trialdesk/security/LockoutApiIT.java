package org.trialdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Api.Reply;
import org.trialdesk.testsupport.ApiTest;
import org.trialdesk.testsupport.FromAddress;
import org.trialdesk.testsupport.RandomizedTrial;

/**
 * Every password check counts towards the lockout, and the lock holds for the account at the source
 * address the wrong passwords came from only. Each test works from a loopback address of its own,
 * so the locks it causes hurt no other test.
 */
class LockoutApiIT extends ApiTest {

  private static final int ATTEMPTS = 5;
  private static final long NAUSEA = 10028813;

  @Test
  void wrongSignatureAndUnblindingPasswordsCountAndThenTheRightOneIsRefused() {
    RandomizedTrial blinded =
        RandomizedTrial.create(
                api, code, RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY, null, 50, true)
            .open();
    Api osk = new Api(base).as("coordinator-osk");
    String subject =
        blinded.enroll(osk, RandomizedTrial.eligible("OSK", "LK-1", "R")).getString("subjectId");
    assertThat(blinded.randomize(osk, subject).status()).isEqualTo(201);
    String subjectPath = "trials/" + code + "/subjects/" + subject;
    Reply event =
        osk.post(
            subjectPath + "/adverse-events",
            """
            {"meddraCode": %d, "grade": 3, "onsetDate": "%s", "outcome": "RECOVERING",
             "attribution": {"IL-2": "POSSIBLE", "MMC": "POSSIBLE"},
             "seriousness": ["HOSPITALIZATION"], "expected": true, "siteAwareAt": "%s"}
            """
                .formatted(
                    NAUSEA,
                    LocalDate.now().minusDays(1),
                    Instant.now().minus(1, ChronoUnit.HOURS)));
    assertThat(event.status()).as(event.toString()).isEqualTo(201);
    String signature =
        subjectPath + "/adverse-events/" + event.object().getInt("id") + "/signature";
    String unblinding = subjectPath + "/unblinding";

    FromAddress investigator =
        FromAddress.somewhereElse(base).as("investigator-osk", Api.DEMO_PASSWORD);
    for (int i = 0; i < 3; i++) {
      Reply wrong = investigator.post(signature, "{\"password\": \"guess-" + i + "\"}");
      assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
    }
    for (int i = 3; i < ATTEMPTS; i++) {
      Reply wrong =
          investigator.post(
              unblinding, "{\"reason\": \"Anaphylaxis\", \"password\": \"guess-" + i + "\"}");
      assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
    }

    String right = "\"password\": \"" + Api.DEMO_PASSWORD + "\"";
    assertThat(
            investigator.post(unblinding, "{\"reason\": \"Anaphylaxis\", " + right + "}").status())
        .as("locked: the right password is refused")
        .isEqualTo(401);
    assertThat(investigator.post(signature, "{" + right + "}").status()).isEqualTo(401);
    assertThat(api.as("monitor").get("trials/" + code + "/allocations/notifications").array())
        .as("not unblinded")
        .isEmpty();

    assertThat(trail("investigator-osk"))
        .anySatisfy(
            r -> {
              assertThat(r.getString("action")).isEqualTo("LOCKOUT");
              assertThat(r.getString("newValue", null)).isEqualTo(investigator.address());
            });
    assertThat(new Api(base).as("investigator-osk").get(subjectPath).status())
        .as("the same account from its usual address")
        .isEqualTo(200);
  }

  @Test
  void aStrangersWrongBasicPasswordsDoNotLockTheOwnerOutFromElsewhere() {
    FromAddress stranger = FromAddress.somewhereElse(base);
    for (int i = 0; i < ATTEMPTS + 3; i++) {
      Reply guess = stranger.as("coordinator-nar", "guess-" + i).get("trials");
      assertThat(guess.status()).isEqualTo(401);
    }
    assertThat(stranger.as("coordinator-nar", Api.DEMO_PASSWORD).get("trials").status())
        .as("the stranger's address is locked for the account")
        .isEqualTo(401);

    assertThat(new Api(base).as("coordinator-nar").get("trials").status())
        .as("the owner at their own address")
        .isEqualTo(200);
    assertThat(
            FromAddress.somewhereElse(base)
                .as("coordinator-nar", Api.DEMO_PASSWORD)
                .get("trials")
                .status())
        .as("and from any other address")
        .isEqualTo(200);
  }

  @Test
  void wrongPasswordsSentAtOnceAreEachCounted() throws Exception {
    // One short of the limit at once, next to right ones: the right ones pass, then one more
    // wrong locks, so each of the concurrent ones was counted.
    FromAddress address = FromAddress.somewhereElse(base);
    List<Integer> rightOnes = atOnce(address, ATTEMPTS - 1, 8);
    assertThat(rightOnes).containsOnly(200);
    assertThat(address.sameAddress().as("coordinator-osk", "wrong").get("trials").status())
        .isEqualTo(401);
    assertThat(
            address.sameAddress().as("coordinator-osk", Api.DEMO_PASSWORD).get("trials").status())
        .as("locked after exactly %s failures", ATTEMPTS)
        .isEqualTo(401);

    FromAddress other = FromAddress.somewhereElse(base);
    atOnce(other, ATTEMPTS - 2, 0);
    assertThat(other.sameAddress().as("coordinator-osk", "wrong").get("trials").status())
        .isEqualTo(401);
    assertThat(other.sameAddress().as("coordinator-osk", Api.DEMO_PASSWORD).get("trials").status())
        .as("not locked after %s failures", ATTEMPTS - 1)
        .isEqualTo(200);
  }

  /**
   * Sends {@code wrong} wrong and {@code right} right passwords at once; the right ones' answers.
   */
  private static List<Integer> atOnce(FromAddress address, int wrong, int right) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(wrong + right);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> wrongOnes = new ArrayList<>();
      List<Future<Integer>> rightOnes = new ArrayList<>();
      for (int i = 0; i < wrong + right; i++) {
        FromAddress client =
            address
                .sameAddress()
                .as("coordinator-osk", i < wrong ? "wrong-" + i : Api.DEMO_PASSWORD);
        Future<Integer> status =
            pool.submit(
                () -> {
                  start.await();
                  return client.get("trials").status();
                });
        (i < wrong ? wrongOnes : rightOnes).add(status);
      }
      start.countDown();
      for (Future<Integer> status : wrongOnes) {
        assertThat(status.get(60, TimeUnit.SECONDS)).isEqualTo(401);
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> status : rightOnes) {
        statuses.add(status.get(60, TimeUnit.SECONDS));
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  private List<JsonObject> trail(String user) {
    Reply trail = new Api(base).as("monitor").get("audit?entity=Account&user=" + user + "&max=50");
    assertThat(trail.status()).as(trail.toString()).isEqualTo(200);
    return trail.array().getValuesAs(JsonObject.class);
  }
}
