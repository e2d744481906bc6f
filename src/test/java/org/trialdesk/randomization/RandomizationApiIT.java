package org.trialdesk.randomization;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Api.Reply;
import org.trialdesk.testsupport.ApiTest;
import org.trialdesk.testsupport.RandomizedTrial;
import org.trialdesk.testsupport.SiteDates;

/** Enrollment and randomization through the API, and every refusal leaving nothing behind. */
class RandomizationApiIT extends ApiTest {

  private RandomizedTrial trial(String scheme) {
    return RandomizedTrial.create(api, code, scheme, null, 100, false).open();
  }

  private Api coordinator() {
    return new Api(base).as("coordinator-osk");
  }

  private Api monitor() {
    return new Api(base).as("monitor");
  }

  private int allocations(RandomizedTrial trial) {
    return monitor().get("trials/" + trial.code + "/allocations").array().size();
  }

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
  void everyIncompleteOrIneligibleSubjectIsRefusedAndNothingIsRecorded() {
    RandomizedTrial trial = trial(RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY);
    Api osk = coordinator();

    JsonObject failed =
        trial.enroll(
            osk,
            RandomizedTrial.eligible("OSK", "S-010", "R").replace("\"E1\": false", "\"E1\": true"));
    assertThat(failed.getString("status")).isEqualTo("SCREEN_FAILED");
    assertThat(failed.getString("screenFailureReason")).contains("E1");
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
  void theSchemeIsFrozenOnceRecruitingExceptByAnAmendment() {
    RandomizedTrial trial = trial(RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY);
    Api admin = new Api(base).as("admin");
    String path = "trials/" + trial.code + "/randomization";
    Reply frozen = admin.put(path, "{\"method\": \"SIMPLE\"}");
    assertThat(frozen.status()).isEqualTo(409);
    assertThat(frozen.errorFor("amendment")).isNotBlank();

    Reply noReason = admin.put(path, "{\"method\": \"SIMPLE\", \"amendment\": true}");
    assertThat(noReason.status()).isEqualTo(400);

    Reply badSize =
        admin.put(
            path,
            "{\"method\": \"PERMUTED_BLOCK\", \"blockSizes\": [3], \"amendment\": true,"
                + " \"reasonForChange\": \"Protocol amendment 2\"}");
    assertThat(badSize.status()).isEqualTo(400);
    assertThat(badSize.errorFor("blockSizes[0]")).contains("multiple");

    Reply amended =
        admin.put(
            path,
            "{\"method\": \"PERMUTED_BLOCK\", \"blockSizes\": [4, 6], \"stratifyBy\": [\"site\"],"
                + " \"amendment\": true, \"reasonForChange\": \"Protocol amendment 2\"}");
    assertThat(amended.status()).as(amended.toString()).isEqualTo(200);
    assertThat(amended.object().getInt("version")).isEqualTo(2);
    assertThat(
            admin
                .get("trials/" + trial.code)
                .object()
                .getJsonObject("randomization")
                .getInt("version"))
        .isEqualTo(2);
    assertThat(
            admin
                .get("audit?entity=RandomizationScheme&key=randomization/" + trial.code)
                .array()
                .size())
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void aBlindedTrialShowsSitesATreatmentCodeUntilAnInvestigatorUnblinds() {
    RandomizedTrial trial =
        RandomizedTrial.create(
                api, code, RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY, null, 100, true)
            .open();
    Api osk = coordinator();
    String subject =
        trial.enroll(osk, RandomizedTrial.eligible("OSK", "B-1", "R")).getString("subjectId");
    JsonObject blind = trial.randomize(osk, subject).object();
    assertThat(blind.isNull("arm")).isTrue();
    assertThat(blind.getString("treatmentCode")).startsWith("TX-");
    assertThat(
            monitor()
                .get("trials/" + code + "/subjects/" + subject + "/randomization")
                .object()
                .getString("arm"))
        .isIn("IL2", "CHEMO");
    JsonObject blindAdmin =
        new Api(base).as("admin").get("trials/" + code + "/allocations").array().getJsonObject(0);
    assertThat(blindAdmin.isNull("arm")).isTrue();
    assertThat(blindAdmin.isNull("hash")).as("trying both arms against it would unblind").isTrue();
    Reply unblindByEdit =
        new Api(base)
            .as("admin")
            .put(
                "trials/" + code,
                new Api(base)
                    .as("admin")
                    .get("trials/" + code)
                    .body()
                    .replace("\"blinded\":true", "\"blinded\":false")
                    .replace("\"reasonForChange\":null", "\"reasonForChange\":\"Open it\""));
    assertThat(unblindByEdit.status()).as(unblindByEdit.toString()).isEqualTo(409);
    assertThat(unblindByEdit.errorFor("blinded")).isNotBlank();

    String unblinding = "trials/" + code + "/subjects/" + subject + "/unblinding";
    Reply byCoordinator =
        osk.post(unblinding, "{\"reason\": \"Anaphylaxis\", \"password\": \"demo\"}");
    assertThat(byCoordinator.status()).isEqualTo(403);
    Api investigator = new Api(base).as("investigator-osk");
    Reply wrongPassword =
        investigator.post(unblinding, "{\"reason\": \"Anaphylaxis\", \"password\": \"nope\"}");
    assertThat(wrongPassword.status()).isEqualTo(400);
    assertThat(wrongPassword.errorFor("password")).isNotBlank();
    Reply noReason = investigator.post(unblinding, "{\"password\": \"demo\"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.errorFor("reason")).isNotBlank();
    assertThat(monitor().get("trials/" + code + "/allocations/notifications").array()).isEmpty();

    Reply unblinded =
        investigator.post(
            unblinding,
            "{\"reason\": \"Anaphylaxis, treating physician must know\", \"password\": \"demo\"}");
    assertThat(unblinded.status()).as(unblinded.toString()).isEqualTo(200);
    assertThat(unblinded.object().getString("arm")).isIn("IL2", "CHEMO");
    assertThat(
            osk.get("trials/" + code + "/subjects/" + subject + "/randomization")
                .object()
                .getString("arm"))
        .isEqualTo(unblinded.object().getString("arm"));
    JsonObject notice =
        monitor().get("trials/" + code + "/allocations/notifications").array().getJsonObject(0);
    assertThat(notice.getString("kind")).isEqualTo("UNBLINDING");
    assertThat(notice.getString("subjectId")).isEqualTo(subject);
    assertThat(notice.getString("createdBy")).isEqualTo("investigator-osk");
  }

  @Test
  void minimizationAssignmentsAreReDerivedFromTheirStoredInputs() {
    RandomizedTrial trial =
        trial(
            """
            {"method": "MINIMIZATION", "minimizationFactors": [{"factor": "site", "weight": 1},
              {"factor": "resectability", "weight": 2}], "imbalance": "RANGE",
             "preferredArmProbability": 0.8}
            """);
    Api osk = coordinator();
    Api kob = new Api(base).as("coordinator-kob");
    for (int i = 0; i < 12; i++) {
      Api who = i % 3 == 0 ? kob : osk;
      String site = i % 3 == 0 ? "KOB" : "OSK";
      String id =
          trial
              .enroll(who, RandomizedTrial.eligible(site, "M-" + i, i % 2 == 0 ? "R" : "U"))
              .getString("subjectId");
      assertThat(trial.randomize(who, id).status()).isEqualTo(201);
    }
    JsonObject balance = monitor().get("trials/" + code + "/allocations/balance").object();
    assertThat(balance.getInt("records")).isEqualTo(12);
    int il2 = balance.getJsonObject("overall").getInt("IL2");
    assertThat(Math.abs(il2 - (12 - il2))).isLessThanOrEqualTo(4);
    for (int sequence = 1; sequence <= 12; sequence++) {
      JsonObject derived =
          monitor().get("trials/" + code + "/allocations/" + sequence + "/derivation").object();
      assertThat(derived.getBoolean("matches")).as(derived.toString()).isTrue();
      assertThat(derived.getString("derivedArm")).isEqualTo(derived.getString("storedArm"));
    }
    JsonObject record = monitor().get("trials/" + code + "/allocations").array().getJsonObject(11);
    assertThat(record.getString("algorithm")).isEqualTo("MINIMIZATION");
    assertThat(record.getString("scores")).contains("IL2=").contains("CHEMO=");
    assertThat(record.getString("draw")).isNotBlank();
    assertThat(
            monitor()
                .get("trials/" + code + "/allocations/verification")
                .object()
                .getBoolean("valid"))
        .isTrue();
  }

  @Test
  void historicalAllocationsAreImportedWholeOrNotAtAllAndBlocksContinueAfterThem() {
    RandomizedTrial trial = trial(RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY);
    Api admin = new Api(base).as("admin");
    String path = "trials/" + code + "/allocations/import";
    Reply bad =
        admin.postCsv(
            path,
            """
            subjectId,siteCode,resectability,arm,randomizedOn
            OLD-1,OSK,R,IL2,2025-01-10
            OLD-2,OSK,R,PLACEBO,2025-01-11
            OLD-1,KOB,U,CHEMO,2025-01-12
            OLD-4,KOB,U,CHEMO,12/01/2025
            OLD-5,TKY,X,IL2,2025-01-14
            KOB-007,OSK,R,IL2,2025-01-15
            """);
    assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
    assertThat(bad.errorFor("lines[3].arm")).contains("PLACEBO");
    assertThat(bad.errorFor("lines[4].subjectId")).contains("OLD-1");
    assertThat(bad.errorFor("lines[5].randomizedOn")).contains("12/01/2025");
    assertThat(bad.errorFor("lines[6].siteCode")).contains("TKY");
    assertThat(bad.errorFor("lines[6].resectability")).contains("X");
    assertThat(bad.errorFor("lines[7].subjectId")).contains("KOB-007");
    assertThat(allocations(trial)).isZero();

    Reply header = admin.postCsv(path, "subjectId,site,arm\nA,OSK,IL2\n");
    assertThat(header.status()).isEqualTo(400);
    assertThat(header.errorFor("lines[1].siteCode")).isNotBlank();

    Reply good =
        admin.postCsv(
            path,
            """
            subjectId,siteCode,resectability,arm,randomizedOn
            OSK-001,OSK,R,IL2,2025-01-10
            OSK-002,OSK,R,CHEMO,2025-01-11
            KOB-001,KOB,U,CHEMO,2025-01-09
            """);
    assertThat(good.status()).as(good.toString()).isEqualTo(200);
    assertThat(good.object().getInt("imported")).isEqualTo(3);
    JsonObject firstImported =
        monitor().get("trials/" + code + "/allocations").array().getJsonObject(0);
    assertThat(firstImported.getString("subjectId")).as("date order").isEqualTo("KOB-001");
    assertThat(firstImported.getBoolean("imported")).isTrue();

    String next =
        trial
            .enroll(coordinator(), RandomizedTrial.eligible("OSK", "N-1", "R"))
            .getString("subjectId");
    assertThat(next).as("numbering continues after imported IDs").isEqualTo("OSK-003");
    assertThat(trial.randomize(coordinator(), next).status()).isEqualTo(201);
    JsonObject live = monitor().get("trials/" + code + "/allocations").array().getJsonObject(3);
    assertThat(live.getInt("sequence")).isEqualTo(4);
    assertThat(live.getInt("stratumSequence")).isEqualTo(3);
    assertThat(live.getInt("blockPosition")).as("a fresh block after the import").isEqualTo(1);
    assertThat(
            monitor()
                .get("trials/" + code + "/allocations/verification")
                .object()
                .getBoolean("valid"))
        .isTrue();
    assertThat(
            admin
                .postCsv(
                    path,
                    "subjectId,siteCode,resectability,arm,randomizedOn\nX-1,OSK,R,IL2,2025-01-01\n")
                .status())
        .as("no import after live allocations")
        .isEqualTo(409);
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
