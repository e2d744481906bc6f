package org.trialdesk.safety;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Api.Reply;
import org.trialdesk.testsupport.ApiTest;
import org.trialdesk.testsupport.Deployments;
import org.trialdesk.testsupport.RandomizedTrial;
import org.trialdesk.testsupport.SiteDates;

/**
 * Adverse events through the API: the grade rules, the dates, the SAE clock, voiding, the table.
 */
class AdverseEventApiIT extends ApiTest {

  private static final long NAUSEA = 10028813;
  private static final long DEATH_NOS = 10011914;
  private static final long FEBRILE_NEUTROPENIA = 10016288;
  private static final long GI_OTHER = 10017947;

  private RandomizedTrial trial;
  private String subject;
  private String agent;
  private String events;
  private Api osk;

  @BeforeEach
  void randomizedSubject() {
    trial =
        RandomizedTrial.create(
                api, code, RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY, null, 50, false)
            .open();
    osk = new Api(base).as("coordinator-osk");
    RandomizedTrial.Randomized randomized = trial.randomizedSubject(osk, "OSK", "AE-1");
    subject = randomized.subjectId();
    agent = randomized.agent();
    events = "trials/" + code + "/subjects/" + subject + "/adverse-events";
  }

  private String event(long term, int grade, String extra) {
    return """
        {"meddraCode": %d, "grade": %d, "onsetDate": "%s", "outcome": "RECOVERING",
         "attribution": {"%s": "POSSIBLE"}%s}
        """
        .formatted(term, grade, SiteDates.today().minusDays(2), agent, extra);
  }

  @Test
  void aValidEventIsStoredWithItsTermAndGradeDescription() {
    Reply created = osk.post(events, event(NAUSEA, 2, ""));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject stored = created.object();
    assertThat(stored.getString("term")).isEqualTo("Nausea");
    assertThat(stored.getString("soc")).isEqualTo("Gastrointestinal disorders");
    assertThat(stored.getString("gradeDescription")).isNotBlank();
    assertThat(stored.getBoolean("serious")).isFalse();
    assertThat(stored.getJsonObject("action").getString(agent)).isEqualTo("NONE");
    assertThat(osk.get(events).array()).hasSize(1);
    assertThat(new Api(base).as("monitor").get(events).array()).hasSize(1);
    String trialEvents = "trials/" + code + "/adverse-events";
    assertThat(osk.get(trialEvents + "?term=naus&grade=2").array()).hasSize(1);
    assertThat(osk.get(trialEvents + "?grade=3").array()).isEmpty();
    assertThat(osk.get(trialEvents + "?serious=true").array()).isEmpty();
    assertThat(new Api(base).as("monitor").get(trialEvents + "?site=KOB").array()).isEmpty();
    assertThat(new Api(base).as("coordinator-kob").get(trialEvents).array())
        .as("another site's events are not listed")
        .isEmpty();
    assertThat(new Api(base).as("coordinator-kob").get(events).status()).isEqualTo(404);
    assertThat(new Api(base).as("coordinator-kob").post(events, event(NAUSEA, 2, "")).status())
        .isEqualTo(404);
    assertThat(new Api(base).as("monitor").post(events, event(NAUSEA, 2, "")).status())
        .isEqualTo(403);
  }

  @Test
  void gradesThatDoNotExistForTheTermAreRefusedWithTheValidOnesListed() {
    Reply nausea4 = osk.post(events, event(NAUSEA, 4, ""));
    assertThat(nausea4.status()).isEqualTo(400);
    assertThat(nausea4.errorFor("grade")).contains("Nausea").contains("[1, 2, 3]");
    assertThat(osk.post(events, event(NAUSEA, 5, "")).errorFor("grade")).contains("[1, 2, 3]");
    for (int grade = 1; grade <= 4; grade++) {
      assertThat(osk.post(events, event(DEATH_NOS, grade, "")).errorFor("grade"))
          .as("Death NOS grade %d", grade)
          .contains("[5]");
    }
    for (int grade = 1; grade <= 2; grade++) {
      assertThat(osk.post(events, event(FEBRILE_NEUTROPENIA, grade, "")).errorFor("grade"))
          .as("Febrile neutropenia grade %d", grade)
          .contains("[3, 4, 5]");
    }
    assertThat(osk.inLanguage("ja").post(events, event(NAUSEA, 4, "")).errorFor("grade"))
        .contains("有効なグレード");
    assertThat(osk.inLanguage("en").post(events, event(99999999, 1, "")).errorFor("meddraCode"))
        .contains("99999999");
    assertThat(osk.post(events, event(GI_OTHER, 2, "")).errorFor("verbatim")).isNotBlank();
    assertThat(osk.get(events).array()).isEmpty();
  }

  @Test
  void gradeFiveIsAFatalOutcomeAndSetsTheDeathCriterion() {
    String clock =
        ", \"expected\": false, \"siteAwareAt\": \"%s\""
            .formatted(Instant.now().minus(1, ChronoUnit.HOURS));
    Reply recovered = osk.post(events, event(DEATH_NOS, 5, clock));
    assertThat(recovered.errorFor("outcome")).contains("fatal");
    Reply fatalGradeThree =
        osk.post(events, event(FEBRILE_NEUTROPENIA, 3, clock).replace("RECOVERING", "FATAL"));
    assertThat(fatalGradeThree.errorFor("outcome")).contains("graded 5");
    Reply deathCriterionNotFatal =
        osk.post(events, event(FEBRILE_NEUTROPENIA, 4, clock + ", \"seriousness\": [\"DEATH\"]"));
    assertThat(deathCriterionNotFatal.errorFor("outcome")).isNotBlank();
    assertThat(osk.get(events).array()).as("nothing half-saved").isEmpty();

    Reply death = osk.post(events, event(DEATH_NOS, 5, clock).replace("RECOVERING", "FATAL"));
    assertThat(death.status()).as(death.toString()).isEqualTo(201);
    assertThat(death.object().getJsonArray("seriousness").getString(0)).isEqualTo("DEATH");
    assertThat(death.object().getBoolean("serious")).isTrue();
  }

  @Test
  void investigatorsSignSeriousEventsOnlyWithTheirPassword() {
    String serious =
        ", \"seriousness\": [\"HOSPITALIZATION\"], \"expected\": true, \"siteAwareAt\": \"%s\""
            .formatted(Instant.now().minus(1, ChronoUnit.HOURS));
    String sae = events + "/" + osk.post(events, event(NAUSEA, 3, serious)).object().getInt("id");
    String mild = events + "/" + osk.post(events, event(NAUSEA, 1, "")).object().getInt("id");
    Api investigator = new Api(base).as("investigator-osk");

    Reply wrong = investigator.post(sae + "/signature", "{\"password\": \"guess\"}");
    assertThat(wrong.errorFor("password")).contains("not correct");
    assertThat(investigator.post(mild + "/signature", "{\"password\": \"demo\"}").status())
        .as("a non-serious event is no SAE report")
        .isEqualTo(409);
    assertThat(osk.post(sae + "/signature", "{\"password\": \"demo\"}").status())
        .as("coordinators do not sign")
        .isEqualTo(403);

    Reply signed =
        investigator.post(
            sae + "/signature", "{\"password\": \"%s\"}".formatted(Api.DEMO_PASSWORD));
    assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
    assertThat(signed.object().getString("username")).isEqualTo("investigator-osk");
    assertThat(signed.object().getBoolean("valid")).isTrue();

    osk.post(sae + "/void", "{\"reasonForChange\": \"Duplicate entry\"}");
    assertThat(investigator.post(sae + "/signature", "{\"password\": \"demo\"}").status())
        .as("a voided event is not signed")
        .isEqualTo(409);
  }

  @Test
  void datesAndAttributionAreChecked() {
    String consent = SiteDates.today().minusDays(2).toString();
    Reply beforeConsent =
        osk.post(
            events,
            event(NAUSEA, 1, "").replace(consent, SiteDates.today().minusDays(9).toString()));
    assertThat(beforeConsent.errorFor("onsetDate")).contains("consent");
    Reply future =
        osk.post(
            events,
            event(NAUSEA, 1, "").replace(consent, SiteDates.today().plusDays(2).toString()));
    assertThat(future.errorFor("onsetDate")).contains("after today");
    Reply resolvedFirst =
        osk.post(
            events,
            event(
                NAUSEA,
                1,
                ", \"resolutionDate\": \"%s\"".formatted(SiteDates.today().minusDays(3))));
    assertThat(resolvedFirst.errorFor("resolutionDate")).contains("before onset");
    Reply noAttribution =
        osk.post(events, event(NAUSEA, 1, "").replace("\"" + agent + "\": \"POSSIBLE\"", ""));
    assertThat(noAttribution.errorFor("attribution." + agent)).contains(agent);
    Reply awareBeforeOnset =
        osk.post(
            events,
            event(
                NAUSEA,
                3,
                ", \"seriousness\": [\"HOSPITALIZATION\"], \"expected\": true,"
                    + " \"siteAwareAt\": \"%s\""
                        .formatted(Instant.now().minus(4, ChronoUnit.DAYS))));
    assertThat(awareBeforeOnset.errorFor("siteAwareAt")).contains("before the onset");
    Reply futureResolution =
        osk.post(
            events,
            event(
                NAUSEA,
                1,
                ", \"resolutionDate\": \"%s\"".formatted(SiteDates.today().plusDays(3))));
    assertThat(futureResolution.errorFor("resolutionDate")).contains("after today");
    String unconsented =
        trial
            .enroll(
                osk,
                RandomizedTrial.eligible("OSK", "AE-NC", "R")
                    .replaceAll("\"consent\": \\{[^}]*},", ""))
            .getString("subjectId");
    Reply withoutConsent =
        osk.post(
            "trials/" + code + "/subjects/" + unconsented + "/adverse-events",
            event(NAUSEA, 1, ""));
    assertThat(withoutConsent.errorFor("onsetDate")).contains("no informed consent");
    Reply seriousWithoutClock =
        osk.post(events, event(NAUSEA, 3, ", \"seriousness\": [\"HOSPITALIZATION\"]"));
    assertThat(seriousWithoutClock.errorFor("siteAwareAt")).isNotBlank();
    assertThat(seriousWithoutClock.errorFor("expected")).isNotBlank();
    assertThat(osk.post(events, event(NAUSEA, 1, ", \"seriousness\": [\"SORT_OF\"]")).status())
        .isEqualTo(400);
    assertThat(osk.get(events).array()).isEmpty();
  }

  @Test
  void anSaeIsOverdueUntilReportedAndASusarHasItsExpeditedDueDate() {
    Instant aware = Instant.now().minus(30, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    Reply sae =
        osk.post(
            events,
            event(
                FEBRILE_NEUTROPENIA,
                3,
                ", \"seriousness\": [\"HOSPITALIZATION\"], \"expected\": false,"
                    + " \"siteAwareAt\": \"%s\"".formatted(aware)));
    assertThat(sae.status()).as(sae.toString()).isEqualTo(201);
    JsonObject stored = sae.object();
    assertThat(Instant.parse(stored.getString("sponsorReportDueAt")))
        .isEqualTo(aware.plus(24, ChronoUnit.HOURS));
    assertThat(stored.getBoolean("overdue")).isTrue();
    assertThat(stored.getString("reportStatus")).isEqualTo("OVERDUE");
    assertThat(stored.getBoolean("susar")).isTrue();
    assertThat(stored.getString("expeditedReportDueOn"))
        .isEqualTo(
            aware.atZone(java.time.ZoneId.of("Asia/Tokyo")).toLocalDate().plusDays(15).toString());
    String overdueList = "trials/" + code + "/adverse-events?overdue=true";
    assertThat(new Api(base).as("monitor").get(overdueList).array()).hasSize(1);
    assertThat(osk.get(overdueList).array()).hasSize(1);
    assertThat(new Api(base).as("coordinator-kob").get(overdueList).array()).isEmpty();

    String one = events + "/" + stored.getInt("id");
    String reported =
        event(
            FEBRILE_NEUTROPENIA,
            3,
            ", \"seriousness\": [\"HOSPITALIZATION\"], \"expected\": false,"
                + " \"siteAwareAt\": \"%s\", \"reportedAt\": \"%s\""
                    .formatted(aware, Instant.now().minusSeconds(5)));
    assertThat(osk.put(one, reported).errorFor("reasonForChange")).isNotBlank();
    Reply updated =
        osk.put(
            one,
            reported.replace(
                "\"outcome\"", "\"reasonForChange\": \"Faxed to sponsor\", \"outcome\""));
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(updated.object().getBoolean("overdue")).as("reported late stays late").isTrue();
    assertThat(updated.object().getString("reportStatus")).isEqualTo("REPORTED_LATE");
    assertThat(new Api(base).as("monitor").get(overdueList).array())
        .as("no longer waiting")
        .isEmpty();

    LocalDate tokyoToday = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
    Api admin = new Api(base).as("admin");
    assertThat(admin.get(one).object().getString("expeditedStatus")).isEqualTo("DUE");
    assertThat(updated.object().isNull("expeditedStatus"))
        .as("the sponsor's side is not shown to the site")
        .isTrue();
    String expedited = one + "/expedited-reports";
    String initial = "{\"kind\": \"INITIAL\", \"submittedOn\": \"%s\"}";
    assertThat(osk.post(expedited, initial.formatted(tokyoToday)).status())
        .as("the sponsor's record, not the site's")
        .isEqualTo(403);
    assertThat(
            admin
                .post(expedited, initial.formatted(tokyoToday.plusDays(1)))
                .errorFor("submittedOn"))
        .contains("after today");
    assertThat(
            admin
                .post(expedited, initial.formatted(tokyoToday.minusDays(9)))
                .errorFor("submittedOn"))
        .contains("before the sponsor knew");
    assertThat(
            admin
                .post(expedited, initial.replace("INITIAL", "FOLLOW_UP").formatted(tokyoToday))
                .status())
        .as("hospitalization is not grave: no follow-up")
        .isEqualTo(409);
    Reply recorded = admin.post(expedited, initial.formatted(tokyoToday));
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
    assertThat(recorded.object().getString("expeditedReportSubmittedOn"))
        .isEqualTo(tokyoToday.toString());
    assertThat(recorded.object().getString("expeditedStatus")).isEqualTo("SUBMITTED_ON_TIME");
    assertThat(admin.post(expedited, initial.formatted(tokyoToday)).errorFor("reasonForChange"))
        .as("a correction needs its reason")
        .isNotBlank();
    assertThat(osk.get(one).object().isNull("expeditedReportSubmittedOn")).isTrue();
    assertThat(
            osk.put(one, reported.replace("\"outcome\"", "\"reasonForChange\": \"x\", \"outcome\""))
                .status())
        .as("the site's report stays the site's to change")
        .isEqualTo(200);
  }

  @Test
  void aChangeBasedOnAnOldReadingIsRefusedNotSilentlyOverwritten() {
    JsonObject created = osk.post(events, event(NAUSEA, 1, "")).object();
    String one = events + "/" + created.getInt("id");
    long read = created.getJsonNumber("version").longValue();
    String change = ", \"version\": %d, \"reasonForChange\": \"Worse on day 2\"".formatted(read);
    Reply first = osk.put(one, event(NAUSEA, 2, change));
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    Reply second = new Api(base).as("investigator-osk").put(one, event(NAUSEA, 3, change));
    assertThat(second.status()).as("the second writer read version %d too", read).isEqualTo(409);
    assertThat(osk.get(one).object().getInt("grade")).isEqualTo(2);
  }

  @Test
  void eventsAreVoidedWithAReasonNeverDeleted() {
    int id = osk.post(events, event(NAUSEA, 1, "")).object().getInt("id");
    String one = events + "/" + id;
    assertThat(osk.post(one + "/void", "{}").errorFor("reasonForChange")).isNotBlank();
    assertThat(
            osk.post(one + "/void", "{\"reasonForChange\": \"%s\"}".formatted("x".repeat(1001)))
                .errorFor("reasonForChange"))
        .as("longer than the trail keeps: refused on the field, never cut")
        .contains("1000");
    Reply voided =
        osk.post(one + "/void", "{\"reasonForChange\": \"Entered for the wrong subject\"}");
    assertThat(voided.status()).isEqualTo(200);
    assertThat(voided.object().getBoolean("voided")).isTrue();
    assertThat(osk.put(one, event(NAUSEA, 2, ", \"reasonForChange\": \"x\"")).status())
        .isEqualTo(409);
    assertThat(osk.get(events).array()).hasSize(1);
  }

  @Test
  void theToxicityTableMatchesAHandCount() {
    osk.post(events, event(NAUSEA, 1, ""));
    osk.post(events, event(NAUSEA, 3, ""));
    String arm = agent.equals("IL-2") ? "IL2" : "CHEMO";
    JsonObject nausea =
        new Api(base)
            .as("monitor")
            .get("trials/" + code + "/analysis/adverse-events")
            .array()
            .getJsonObject(0);
    assertThat(nausea.getString("term")).isEqualTo("Nausea");
    JsonObject cell =
        nausea.getJsonArray("arms").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("arm").equals(arm))
            .findFirst()
            .orElseThrow();
    assertThat(cell.getInt("subjects")).isEqualTo(1);
    assertThat(cell.getJsonArray("byGrade").toString()).isEqualTo("[0,0,1,0,0]");
    assertThat(cell.getInt("gradeThreeOrWorse")).isEqualTo(1);
    assertThat(
            cell.getJsonArray("percentByGrade").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::doubleValue)
                .toList())
        .containsExactly(0.0, 0.0, 100.0, 0.0, 0.0);
    assertThat(cell.getJsonNumber("percentGradeThreeOrWorse").doubleValue()).isEqualTo(100.0);
    assertThat(osk.get("trials/" + code + "/analysis/adverse-events").status()).isEqualTo(403);
  }

  @Test
  void theDictionaryIsSearchedAndAMalformedImportChangesNothing() {
    JsonObject nausea = api.get("ctcae/terms?q=nause").array().getJsonObject(0);
    assertThat(nausea.getInt("meddraCode")).isEqualTo(NAUSEA);
    assertThat(nausea.getJsonArray("validGrades").toString()).isEqualTo("[1,2,3]");
    int before = api.get("ctcae/terms?max=1000").array().size();
    Reply malformed =
        new Api(base)
            .as("admin")
            .postBytes(
                "ctcae/import",
                "MedDRA Code,MedDRA SOC,CTCAE Term,Grade 1,Grade 2,Grade 3,Grade 4,Grade 5\nx,SOC,Bad,-,-,-,-,-\n"
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                "text/csv");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.errorFor("lines[2]")).isNotBlank();
    assertThat(api.get("ctcae/terms?max=1000").array()).hasSize(before);
  }

  @Test
  void dosesAreRecordedAgainstTheRegimenOfTheArm() {
    String doses = "trials/" + code + "/subjects/" + subject + "/administrations";
    String today = SiteDates.today().toString();
    String dose =
        """
        {"givenOn": "%s", "agent": "%s", "dose": 3, "unit": "MG", "doseChange": "REDUCED",
         "changeReason": "Grade 3 mucositis"}
        """
            .formatted(today, agent);
    Reply given = osk.post(doses, dose);
    assertThat(given.status()).as(given.toString()).isEqualTo(201);
    assertThat(given.object().getJsonNumber("plannedDose")).as("planned beside given").isNotNull();
    assertThat(
            osk.post(doses, dose.replace("\"Grade 3 mucositis\"", "null")).errorFor("changeReason"))
        .isNotBlank();
    assertThat(
            osk.post(doses, dose.replace("\"agent\": \"" + agent, "\"agent\": \"Aspirin"))
                .errorFor("agent"))
        .contains("Aspirin");
    assertThat(
            osk.post(doses, dose.replace(today, SiteDates.today().plusDays(3).toString()))
                .errorFor("givenOn"))
        .isNotBlank();
    assertThat(osk.post(doses, dose.replace("\"dose\": 3", "\"dose\": 1e20")).errorFor("dose"))
        .as("larger than the column holds: refused, not a 500")
        .isNotBlank();
    int voidedEvent = osk.post(events, event(NAUSEA, 1, "")).object().getInt("id");
    osk.post(events + "/" + voidedEvent + "/void", "{\"reasonForChange\": \"Wrong subject\"}");
    assertThat(
            osk.post(
                    doses,
                    dose.replace("mucositis\"", "mucositis\", \"adverseEventId\": " + voidedEvent))
                .errorFor("adverseEventId"))
        .as("a voided event is not the reason of a dose change")
        .contains("voided");
    assertThat(new Api(base).as("coordinator-kob").post(doses, dose).status()).isEqualTo(404);
    assertThat(osk.get(doses).array()).hasSize(1);

    String voiding = doses + "/" + given.object().getJsonNumber("id").longValue() + "/void";
    assertThat(osk.post(voiding, "{}").errorFor("reasonForChange")).isNotBlank();
    assertThat(
            new Api(base)
                .as("coordinator-kob")
                .post(voiding, "{\"reasonForChange\": \"x\"}")
                .status())
        .isEqualTo(404);
    Reply voided = osk.post(voiding, "{\"reasonForChange\": \"Entered for the wrong subject\"}");
    assertThat(voided.status()).as(voided.toString()).isEqualTo(200);
    assertThat(voided.object().getBoolean("voided")).isTrue();
    assertThat(osk.post(voiding, "{\"reasonForChange\": \"Again\"}").status()).isEqualTo(409);
    assertThat(osk.get(doses).array())
        .as("kept, marked voided, never deleted")
        .singleElement()
        .satisfies(
            d -> assertThat(d.asJsonObject().getString("voidReason")).contains("wrong subject"));
    String unrandomized =
        trial.enroll(osk, RandomizedTrial.eligible("OSK", "AE-2", "R")).getString("subjectId");
    assertThat(
            osk.post("trials/" + code + "/subjects/" + unrandomized + "/administrations", dose)
                .status())
        .isEqualTo(409);
  }

  @Test
  void anEventAttributedWhileBlindedCanStillBeCorrectedAfterAnUnblinding() {
    String blindedCode = Deployments.uniqueCode("BLU");
    RandomizedTrial blinded =
        RandomizedTrial.create(
                api, blindedCode, RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY, null, 50, true)
            .open();
    String id =
        blinded.enroll(osk, RandomizedTrial.eligible("OSK", "BU-1", "R")).getString("subjectId");
    assertThat(blinded.randomize(osk, id).status()).isEqualTo(201);
    String subjectEvents = "trials/" + blindedCode + "/subjects/" + id + "/adverse-events";
    String both =
        """
        {"meddraCode": %d, "grade": 1, "onsetDate": "%s", "outcome": "RECOVERING",
         "attribution": {"IL-2": "UNLIKELY", "MMC": "POSSIBLE"}%%s}
        """
            .formatted(NAUSEA, SiteDates.today().minusDays(1));
    Reply created = osk.post(subjectEvents, both.formatted(""));
    assertThat(created.status()).as("blind: every arm's agents").isEqualTo(201);
    Reply unblinded =
        new Api(base)
            .as("investigator-osk")
            .post(
                "trials/" + blindedCode + "/subjects/" + id + "/unblinding",
                "{\"reason\": \"Severe toxicity\", \"password\": \"%s\"}"
                    .formatted(Api.DEMO_PASSWORD));
    assertThat(unblinded.status()).as(unblinded.toString()).isEqualTo(200);

    Reply corrected =
        osk.put(
            subjectEvents + "/" + created.object().getInt("id"),
            both.formatted(", \"reasonForChange\": \"Outcome checked\"")
                .replace("\"grade\": 1", "\"grade\": 2"));
    assertThat(corrected.status())
        .as("the other arm's agent, assessed while blind, is kept: " + corrected)
        .isEqualTo(200);
    assertThat(corrected.object().getJsonObject("attribution").keySet())
        .containsExactlyInAnyOrder("IL-2", "MMC");
  }

  @Test
  void theArmFilterOfABlindedTrialOnlyWorksForThoseWhoMayKnowArms() {
    String blindedCode = Deployments.uniqueCode("BLA");
    RandomizedTrial blinded =
        RandomizedTrial.create(
                api, blindedCode, RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY, null, 50, true)
            .open();
    Api monitor = new Api(base).as("monitor");
    java.util.Map<String, String> armOf = new java.util.HashMap<>();
    for (String screening : List.of("BL-1", "BL-2", "BL-3")) {
      String id =
          blinded
              .enroll(osk, RandomizedTrial.eligible("OSK", screening, "R"))
              .getString("subjectId");
      assertThat(blinded.randomize(osk, id).status()).isEqualTo(201);
      armOf.put(
          id,
          monitor
              .get("trials/" + blindedCode + "/subjects/" + id + "/randomization")
              .object()
              .getString("arm"));
      Reply created =
          osk.post(
              "trials/" + blindedCode + "/subjects/" + id + "/adverse-events",
              """
              {"meddraCode": %d, "grade": 1, "onsetDate": "%s", "outcome": "RECOVERING",
               "attribution": {"IL-2": "UNLIKELY", "MMC": "UNLIKELY"}}
              """
                  .formatted(NAUSEA, SiteDates.today().minusDays(1)));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }
    String arm = armOf.values().iterator().next();
    String list = "trials/" + blindedCode + "/adverse-events?arm=" + arm;

    List<String> monitorSees =
        monitor.get(list).array().stream()
            .map(e -> e.asJsonObject().getString("subjectId"))
            .toList();
    assertThat(monitorSees)
        .containsExactlyInAnyOrderElementsOf(
            armOf.entrySet().stream()
                .filter(e -> e.getValue().equals(arm))
                .map(java.util.Map.Entry::getKey)
                .toList());
    assertThat(osk.get(list).array())
        .as("a blinded coordinator's arm filter is ignored, so its answer reveals nothing")
        .hasSize(3);
  }
}
