package org.trialdesk.randomization;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Api.Reply;
import org.trialdesk.testsupport.RandomizedTrial;

/**
 * Schemes and their amendments, blinding and unblinding, minimization and import through the API.
 */
class SchemeLifecycleApiIT extends RandomizationApiTest {

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
  void aLargeImportIsWholeAndLiveRandomizationContinuesEveryStratum() {
    RandomizedTrial trial =
        RandomizedTrial.create(
                api, code, RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY, null, 2000, false)
            .open();
    // More rows than the import keeps in memory at once (AllocationImport.WRITTEN_EVERY), over
    // four strata, so strata and numbering must survive its intermediate writes.
    StringBuilder csv = new StringBuilder("subjectId,siteCode,resectability,arm,randomizedOn\n");
    LocalDate first = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < 1200; i++) {
      String site = i % 2 == 0 ? "OSK" : "KOB";
      csv.append(
          String.format(
              "%s-%03d,%s,%s,%s,%s%n",
              site,
              i / 2 + 1,
              site,
              i % 4 < 2 ? "R" : "U",
              i % 3 == 0 ? "CHEMO" : "IL2",
              first.plusDays(i / 4)));
    }
    Reply imported =
        new Api(base).as("admin").postCsv("trials/" + code + "/allocations/import", csv.toString());
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.object().getInt("imported")).isEqualTo(1200);

    String next =
        trial
            .enroll(coordinator(), RandomizedTrial.eligible("OSK", "N-1", "R"))
            .getString("subjectId");
    assertThat(next).as("numbering continues after the imported IDs").isEqualTo("OSK-601");
    assertThat(trial.randomize(coordinator(), next).status()).isEqualTo(201);
    JsonObject live =
        monitor().get("trials/" + code + "/allocations?first=1200&max=1").array().getJsonObject(0);
    assertThat(live.getInt("sequence")).isEqualTo(1201);
    assertThat(live.getInt("stratumSequence")).as("OSK, R: 300 imported before it").isEqualTo(301);
    assertThat(
            monitor()
                .get("trials/" + code + "/allocations/verification")
                .object()
                .getBoolean("valid"))
        .isTrue();
  }
}
