package org.trialdesk.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonShapeTest {

  record Line(String agent, BigDecimal dose, Integer durationAmount) {}

  record Arm(String code, Integer ratio, List<Line> regimen) {}

  record Doc(
      Boolean blinded,
      Integer cap,
      Long adverseEventId,
      LocalDate onDate,
      Map<String, Boolean> eligibility,
      List<Arm> arms,
      List<Integer> blockSizes) {}

  private static List<String> mismatches(String json) {
    JsonValue value = Json.createReader(new StringReader(json)).readValue();
    return JsonShape.check(value, Doc.class).stream().map(m -> m.field() + " " + m.key()).toList();
  }

  @Test
  void aDocumentOfTheRightKindsPasses() {
    assertThat(
            mismatches(
                """
                {"blinded": false, "cap": 2147483647, "adverseEventId": 9007199254740993,
                 "onDate": "2025-01-31", "eligibility": {"I1": true, "E1": false},
                 "arms": [{"code": "A", "ratio": 2, "regimen": [{"agent": "5-FU",
                   "dose": 2.5, "durationAmount": 14}]}],
                 "blockSizes": [4, 6.0, 1e1], "unknown": [[[["ignored"]]]],
                 "cap2": "ignored"}
                """))
        .isEmpty();
    assertThat(mismatches("{\"blinded\": null, \"arms\": null, \"eligibility\": {}}")).isEmpty();
  }

  @Test
  void aYesNoIsOnlyAJsonBoolean() {
    assertThat(
            mismatches(
                """
                {"blinded": "true", "eligibility": {"I1": "yes", "I2": 1, "I3": "😀",
                 "I4": "true", "I5": true}}
                """))
        .containsExactlyInAnyOrder(
            "blinded json.boolean",
            "eligibility.I1 json.boolean",
            "eligibility.I2 json.boolean",
            "eligibility.I3 json.boolean",
            "eligibility.I4 json.boolean");
  }

  @Test
  void anIntegerIsWholeAndInRangeNeverTruncatedOrClamped() {
    assertThat(
            mismatches(
                """
                {"cap": -2147483649, "adverseEventId": 1.5,
                 "arms": [{"ratio": 1.5}, {"ratio": "2", "regimen": [{"durationAmount": 2147483648}]}],
                 "blockSizes": [4, true, 1e400]}
                """))
        .containsExactly(
            "cap json.integer",
            "adverseEventId json.integer",
            "arms[0].ratio json.integer",
            "arms[1].ratio json.integer",
            "arms[1].regimen[0].durationAmount json.integer",
            "blockSizes[1] json.integer",
            "blockSizes[2] json.integer");
  }

  @Test
  void textsDatesListsAndObjectsAreWhatTheyClaim() {
    assertThat(
            mismatches(
                """
                {"onDate": "31/01/2025", "arms": [{"code": true}, "A"],
                 "eligibility": [], "blockSizes": {"0": 4}}
                """))
        .containsExactly(
            "onDate json.date",
            "eligibility json.object",
            "arms[0].code json.string",
            "arms[1] json.object",
            "blockSizes json.array");
    assertThat(mismatches("{\"arms\": [{\"regimen\": [{\"dose\": 1e999999999}]}]}"))
        .containsExactly("arms[0].regimen[0].dose json.number");
    assertThat(mismatches("{\"arms\": [{\"regimen\": [null]}, null], \"blockSizes\": [null]}"))
        .containsExactly(
            "arms[0].regimen[0] json.null", "arms[1] json.null", "blockSizes[0] json.null");
  }

  @Test
  void aWholeDocumentOfTheWrongKindIsNamedAtTheRoot() {
    assertThat(mismatches("[1, 2]")).containsExactly(" json.object");
  }

  @Test
  void aFloodOfWrongValuesIsReportedOnlyInPart() {
    String many = "{\"blockSizes\": [" + "true,".repeat(10_000) + "true]}";
    assertThat(mismatches(many)).hasSize(JsonShape.MAX_MISMATCHES);
  }
}
