package org.trialdesk.safety;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Api.Reply;

/** The SAE clock and SUSARs through the API, stale changes refused, voiding instead of deleting. */
class SaeClockApiIT extends AdverseEventApiTest {

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
}
