package org.trialdesk.randomization;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Api.Reply;
import org.trialdesk.testsupport.RandomizedTrial;
import org.trialdesk.testsupport.SiteDates;

/** Enrollment and randomization through the API, and every refusal leaving nothing behind. */
class RandomizationApiIT extends RandomizationApiTest {

  @Test
  void aCoordinatorEnrollsAndRandomizesOnceAndGetsTheSameAssignmentAgain() {
    RandomizedTrial trial = trial(RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY);
    JsonObject subject = trial.enroll(coordinator(), RandomizedTrial.eligible("OSK", "S-001", "R"));
    assertThat(subject.getString("subjectId")).isEqualTo("OSK-001");
    assertThat(subject.getString("status")).isEqualTo("SCREENING");
    assertThat(subject.getJsonObject("factors").getString("site")).isEqualTo("OSK");

    Reply first = trial.randomize(coordinator(), "OSK-001");
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    JsonObject assignment = first.object();
    assertThat(assignment.getString("arm")).isIn("IL2", "CHEMO");
    assertThat(assignment.getString("treatmentCode")).startsWith("TX-");
    assertThat(assignment.getString("stratum")).isEqualTo("site=OSK;resectability=R");
    assertThat(assignment.isNull("sequence")).as("sites never see positions").isTrue();
    assertThat(assignment.isNull("hash"))
        .as("the hash would let a site try out positions")
        .isTrue();
    assertThat(assignment.getString("randomizedAt")).endsWith("Z");

    Reply again = trial.randomize(coordinator(), "OSK-001");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.object().getString("arm")).isEqualTo(assignment.getString("arm"));
    assertThat(again.object().getString("treatmentCode"))
        .isEqualTo(assignment.getString("treatmentCode"));
    assertThat(allocations(trial)).isEqualTo(1);

    JsonObject audited =
        monitor().get("trials/" + code + "/subjects/OSK-001/randomization").object();
    assertThat(audited.getInt("sequence")).isEqualTo(1);
    assertThat(audited.getString("hash")).hasSize(64);
    assertThat(
            coordinator().get("trials/" + code + "/subjects/OSK-001").object().getString("status"))
        .isEqualTo("RANDOMIZED");
    assertThat(
            new Api(base)
                .as("coordinator-kob")
                .get("trials/" + code + "/subjects/OSK-001")
                .status())
        .isEqualTo(404);
    assertThat(coordinator().get("trials/" + code + "/allocations").status()).isEqualTo(403);
    assertThat(coordinator().get("trials/" + code + "/randomization").status()).isEqualTo(403);
  }

  @Test
  void theAllocationLogComesAsCsvWithTheFiltersOfTheList() {
    RandomizedTrial trial = trial(RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY);
    trial.randomizedSubject(coordinator(), "OSK", "C-1");
    trial.randomizedSubject(coordinator(), "OSK", "C-2");
    trial.randomizedSubject(new Api(base).as("coordinator-kob"), "KOB", "C-3");

    Reply all = monitor().getCsv("trials/" + code + "/allocations");
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.body().lines()).hasSize(4);
    JsonObject first = monitor().get("trials/" + code + "/allocations").array().getJsonObject(0);
    assertThat(all.body().lines().skip(1).findFirst().orElseThrow())
        .startsWith("1,OSK-001,OSK,site=OSK;resectability=R,1,")
        .contains("," + first.getString("arm") + ",")
        .endsWith("," + first.getString("hash"));

    Reply kobe = monitor().getCsv("trials/" + code + "/allocations?site=KOB");
    assertThat(kobe.body().lines().skip(1)).singleElement().asString().contains(",KOB-001,KOB,");
    assertThat(coordinator().getCsv("trials/" + code + "/allocations").status()).isEqualTo(403);

    String blinded = code + "B";
    RandomizedTrial blind =
        RandomizedTrial.create(
                new Api(base),
                blinded,
                RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY,
                null,
                50,
                true)
            .open();
    blind.enroll(coordinator(), RandomizedTrial.eligible("OSK", "C-9", "R"));
    assertThat(blind.randomize(coordinator(), "OSK-001").status()).isEqualTo(201);
    String masked = new Api(base).as("admin").getCsv("trials/" + blinded + "/allocations").body();
    assertThat(masked.lines().skip(1))
        .as("a reader blind to arms gets neither arm nor draw nor hash in the file")
        .singleElement()
        .asString()
        .contains(",OSK-001,OSK,")
        .doesNotContain("IL2")
        .doesNotContain("CHEMO")
        .endsWith(",,");
  }

  @Test
  void everyIncompleteOrIneligibleSubjectIsRefusedAndNothingIsRecorded() {
    RandomizedTrial trial = trial(RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY);
    Api osk = coordinator();

    JsonObject failed =
        trial.enroll(
            osk,
            RandomizedTrial.eligible("OSK", "S-010", "R").replace("\"E1\": false", "\"E1\": true"));
    assertThat(failed.getString("status")).isEqualTo("SCREEN_FAILED");
    assertThat(failed.getString("screenFailureReason")).contains("E1");
    String failedPath = "trials/" + code + "/subjects/" + failed.getString("subjectId");
    assertThat(osk.inLanguage("ja").get(failedPath).object().getString("screenFailureReason"))
        .as("worded in the reader's language, not the writer's")
        .isEqualTo("不適格（該当する基準: E1）");
    assertThat(osk.inLanguage("en").get(failedPath).object().getString("screenFailureReason"))
        .isEqualTo("Not eligible under criteria E1");
    Reply screenFailure = trial.randomize(osk, failed.getString("subjectId"));
    assertThat(screenFailure.status()).isEqualTo(409);
    assertThat(screenFailure.errorFor("status")).contains("SCREEN_FAILED");

    JsonObject noConsent =
        trial.enroll(
            osk,
            RandomizedTrial.eligible("OSK", "S-011", "R")
                .replaceAll("\"consent\": \\{[^}]*},", ""));
    Reply withoutConsent = trial.randomize(osk, noConsent.getString("subjectId"));
    assertThat(withoutConsent.status()).isEqualTo(409);
    assertThat(withoutConsent.errorFor("consent")).contains("consent");

    JsonObject noFactor =
        trial.enroll(
            osk,
            RandomizedTrial.eligible("OSK", "S-012", "R")
                .replace("\"factors\": {\"resectability\": \"R\"}", "\"factors\": {}"));
    Reply withoutFactor = trial.randomize(osk, noFactor.getString("subjectId"));
    assertThat(withoutFactor.status()).isEqualTo(409);
    assertThat(withoutFactor.errorFor("factors.resectability")).contains("Resectability");

    JsonObject unanswered =
        trial.enroll(
            osk, RandomizedTrial.eligible("OSK", "S-013", "R").replace(", \"E1\": false", ""));
    Reply withoutAnswer = trial.randomize(osk, unanswered.getString("subjectId"));
    assertThat(withoutAnswer.status()).isEqualTo(409);
    assertThat(withoutAnswer.errorFor("eligibility")).contains("E1");

    assertThat(allocations(trial)).isZero();
  }

  @Test
  void badEnrollmentsAreRefusedWithTheFieldNamed() {
    RandomizedTrial trial = trial(RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY);
    String path = "trials/" + code + "/subjects";
    Reply future =
        coordinator()
            .post(
                path,
                RandomizedTrial.eligible("OSK", "S-020", "R")
                    .replace(
                        SiteDates.today().minusDays(3).toString(),
                        SiteDates.today().plusDays(3).toString()));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.errorFor("consent.signedOn")).contains("after today");

    Reply level = coordinator().post(path, RandomizedTrial.eligible("OSK", "S-021", "MAYBE"));
    assertThat(level.status()).isEqualTo(400);
    assertThat(level.errorFor("factors.resectability")).contains("MAYBE");

    Reply initials =
        coordinator()
            .post(path, RandomizedTrial.eligible("OSK", "S-022", "R").replace("TY", "Taro"));
    assertThat(initials.status()).isEqualTo(400);
    assertThat(initials.errorFor("initials")).isNotBlank();

    Reply otherSite = coordinator().post(path, RandomizedTrial.eligible("KOB", "S-023", "R"));
    assertThat(otherSite.status()).isEqualTo(404);

    Reply inactive =
        new Api(base).as("coordinator-nar").post(path, RandomizedTrial.eligible("NAR", "S-1", "R"));
    assertThat(inactive.status()).isEqualTo(409);
    assertThat(inactive.errorFor("siteCode")).contains("not active");

    Reply japanese =
        coordinator().inLanguage("ja").post(path, RandomizedTrial.eligible("OSK", "S-024", "X"));
    assertThat(japanese.errorFor("factors.resectability")).contains("水準");

    trial.enroll(coordinator(), RandomizedTrial.eligible("OSK", "S-025", "R"));
    Reply repeated = coordinator().post(path, RandomizedTrial.eligible("OSK", "S-025", "R"));
    assertThat(repeated.status()).isEqualTo(409);
    assertThat(repeated.errorFor("screeningNumber")).contains("S-025");
    assertThat(coordinator().get(path).array()).hasSize(1);
  }

  @Test
  void anInactiveSiteAClosedTrialAndAFullSiteCannotRandomize() {
    RandomizedTrial trial =
        RandomizedTrial.create(
                api, code, RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY, 1, 100, false)
            .open();
    Api kob = new Api(base).as("coordinator-kob");
    String kobSubject =
        trial.enroll(kob, RandomizedTrial.eligible("KOB", "K-1", "U")).getString("subjectId");
    Reply suspended =
        new Api(base)
            .as("admin")
            .put(
                "trials/" + code + "/sites/KOB",
                "{\"code\": \"KOB\", \"status\": \"SUSPENDED\", \"reasonForChange\": \"Audit finding\"}");
    assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
    Reply atInactive = trial.randomize(kob, kobSubject);
    assertThat(atInactive.status()).isEqualTo(409);
    assertThat(atInactive.errorFor("siteCode")).contains("KOB");

    Api osk = coordinator();
    String first =
        trial.enroll(osk, RandomizedTrial.eligible("OSK", "O-1", "R")).getString("subjectId");
    String second =
        trial.enroll(osk, RandomizedTrial.eligible("OSK", "O-2", "R")).getString("subjectId");
    assertThat(trial.randomize(osk, first).status()).isEqualTo(201);
    Reply aboveCap = trial.randomize(osk, second);
    assertThat(aboveCap.status()).isEqualTo(409);
    assertThat(aboveCap.errorFor("siteCode")).contains("cap of 1");

    new Api(base)
        .as("admin")
        .post(
            "trials/" + code + "/status",
            "{\"status\": \"CLOSED_TO_ACCRUAL\", \"reasonForChange\": \"Target reached\"}");
    Reply closed = trial.randomize(osk, second);
    assertThat(closed.status()).isEqualTo(409);
    assertThat(closed.object().getString("detail")).contains("not recruiting");
    assertThat(allocations(trial)).isEqualTo(1);
  }

  @Test
  void aSubjectMovesThroughItsLifecycleWithReasons() {
    RandomizedTrial trial = trial(RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY);
    Api osk = coordinator();
    String id =
        trial.enroll(osk, RandomizedTrial.eligible("OSK", "L-1", "R")).getString("subjectId");
    String status = "trials/" + code + "/subjects/" + id + "/status";
    Reply early =
        osk.post(status, "{\"status\": \"ON_TREATMENT\", \"reasonForChange\": \"First dose\"}");
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.errorFor("status")).contains("SCREENING");
    assertThat(trial.randomize(osk, id).status()).isEqualTo(201);
    Reply noReason = osk.post(status, "{\"status\": \"ON_TREATMENT\"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.errorFor("reasonForChange")).isNotBlank();
    assertThat(
            osk.post(
                    status,
                    "{\"status\": \"ON_TREATMENT\", \"reasonForChange\": \"First dose given\"}")
                .status())
        .isEqualTo(200);
    Reply withdrawn =
        osk.post(
            status,
            "{\"status\": \"WITHDRAWN\", \"reasonForChange\": \"Consent withdrawn by the patient\"}");
    assertThat(withdrawn.status()).isEqualTo(200);
    assertThat(withdrawn.object().getString("status")).isEqualTo("WITHDRAWN");
    assertThat(withdrawn.object().getString("statusReason"))
        .isEqualTo("Consent withdrawn by the patient");
    assertThat(
            monitor().post(status, "{\"status\": \"DIED\", \"reasonForChange\": \"x\"}").status())
        .as("monitors never change clinical data")
        .isEqualTo(403);
    assertThat(
            new Api(base)
                .as("admin")
                .get("audit?entity=Subject&key=" + code + "/subjects/" + id)
                .body())
        .contains("Consent withdrawn by the patient")
        .contains("RANDOMIZE");
  }

  /**
   * The demo trial randomizes out of the box in permuted blocks of random size, stratified by site
   * and resectability (on a fresh database, as in CI; {@code mvn clean} resets the local one).
   */
  @Test
  void theDemoTrialRandomizesInStratifiedRandomSizeBlocks() {
    JsonObject scheme = monitor().get("trials/IL2-HAI/randomization").object();
    assertThat(scheme.getString("method")).isEqualTo("PERMUTED_BLOCK");
    assertThat(scheme.getJsonArray("blockSizes").toString()).isEqualTo("[2,4]");
    assertThat(scheme.getJsonArray("stratifyBy").toString())
        .isEqualTo("[\"site\",\"resectability\"]");

    Api kyo = new Api(base).as("coordinator-kyo");
    Reply enrolled =
        kyo.post(
            "trials/IL2-HAI/subjects",
            """
            {"siteCode": "KYO", "screeningNumber": "%s", "initials": "MS", "birthYear": 1955,
             "sex": "F", "eligibility": {"I1": true, "I2": true, "I3": true, "I4": true,
                                         "E1": false, "E2": false, "E3": false},
             "consent": {"version": "3.0", "signedOn": "%s"},
             "factors": {"resectability": "UNRESECTABLE", "metastases": "2-4"}}
            """
                .formatted(code, SiteDates.today().minusDays(1)));
    assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
    String id = enrolled.object().getString("subjectId");
    assertThat(id).startsWith("KYO-");
    Reply randomized = kyo.post("trials/IL2-HAI/subjects/" + id + "/randomization", null);
    assertThat(randomized.status()).as(randomized.toString()).isEqualTo(201);
    assertThat(randomized.object().getString("stratum"))
        .isEqualTo("site=KYO;resectability=UNRESECTABLE");
    JsonObject audited = monitor().get("trials/IL2-HAI/subjects/" + id + "/randomization").object();
    assertThat(audited.getInt("stratumSequence")).isPositive();
  }
}
