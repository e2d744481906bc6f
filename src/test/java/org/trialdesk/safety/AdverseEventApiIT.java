package org.trialdesk.safety;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Api.Reply;
import org.trialdesk.testsupport.RandomizedTrial;
import org.trialdesk.testsupport.SiteDates;

/** Adverse events through the API: the grade rules, the dates, attribution, signatures. */
class AdverseEventApiIT extends AdverseEventApiTest {

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
}
