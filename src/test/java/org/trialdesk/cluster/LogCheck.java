package org.trialdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.trialdesk.testsupport.Api;

/** What must hold of a trial's allocation log after a storm, read back as a monitor. */
final class LogCheck {

  private LogCheck() {}

  /**
   * Dense, unique sequence numbers; no subject twice; every acknowledged answer stored with the
   * same arm and treatment code; a valid chain; every receipt present. Returns the log.
   */
  static List<JsonObject> holds(Api monitor, String trial, Map<String, JsonObject> acknowledged) {
    List<JsonObject> log = new ArrayList<>();
    for (int first = 0; ; first += 500) {
      List<JsonObject> page =
          monitor
              .get("trials/" + trial + "/allocations?first=" + first + "&max=500")
              .array()
              .getValuesAs(JsonObject.class);
      log.addAll(page);
      if (page.size() < 500) {
        break;
      }
    }
    assertThat(log.stream().map(r -> r.getInt("sequence")).toList())
        .as("dense, unique sequence numbers")
        .isEqualTo(IntStream.rangeClosed(1, log.size()).boxed().toList());
    Map<String, JsonObject> bySubject =
        log.stream()
            .collect(
                Collectors.toMap(r -> r.getString("subjectId"), Function.identity(), (a, b) -> a));
    assertThat(bySubject).as("no subject randomized twice").hasSize(log.size());
    assertThat(log).as("nothing stored that was not acknowledged").hasSize(acknowledged.size());

    List<String> lost = new ArrayList<>();
    acknowledged.forEach(
        (subject, answer) -> {
          JsonObject stored = bySubject.get(subject);
          if (stored == null
              || !stored.getString("arm").equals(answer.getString("arm"))
              || !stored.getString("treatmentCode").equals(answer.getString("treatmentCode"))) {
            lost.add(subject + " answered " + answer + ", stored " + stored);
          }
        });
    assertThat(lost).as("acknowledged answers missing or changed").isEmpty();

    JsonObject verdict = monitor.get("trials/" + trial + "/allocations/verification").object();
    assertThat(verdict.getBoolean("valid")).as(verdict.toString()).isTrue();
    assertThat(verdict.getInt("records")).isEqualTo(log.size());

    List<String> receipts =
        acknowledged.values().stream().map(a -> a.getString("receipt")).toList();
    for (int from = 0; from < receipts.size(); from += 500) {
      var codes =
          Json.createArrayBuilder(receipts.subList(from, Math.min(receipts.size(), from + 500)));
      List<JsonObject> checks =
          monitor
              .post("trials/" + trial + "/allocations/receipts", codes.build().toString())
              .array()
              .getValuesAs(JsonObject.class);
      assertThat(checks)
          .as("receipts")
          .allSatisfy(c -> assertThat(c.getString("status")).isEqualTo("PRESENT"));
    }
    return log;
  }
}
