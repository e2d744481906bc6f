package org.trialdesk.randomization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Api.Reply;
import org.trialdesk.testsupport.Deployments;
import org.trialdesk.testsupport.RandomizedTrial;
import org.trialdesk.testsupport.Tampering;

/**
 * Receipt codes over the API: handed out with each randomization, checked by monitors, and telling
 * a record rewritten or removed behind the product's back (plain JDBC) from one that is intact.
 * Runs inside the server so it can reach the datasource (JUnit's assertions: AssertJ is not
 * deployed).
 */
@ExtendWith(ArquillianExtension.class)
class ReceiptsApiIT {

  private static final Pattern TAG =
      Pattern.compile("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private Api monitor() {
    return new Api(base).as("monitor");
  }

  private Reply check(Api caller, String trial, String json) {
    return caller.post("trials/" + trial + "/allocations/receipts", json);
  }

  private static String array(List<String> codes) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    codes.forEach(array::add);
    return array.build().toString();
  }

  private static List<String> statuses(Reply reply) {
    assertEquals(200, reply.status(), reply.toString());
    return reply.array().getValuesAs(JsonObject.class).stream()
        .map(r -> r.getString("subjectId") + "=" + r.getString("status"))
        .toList();
  }

  /** The receipt is the subject ID, a key id and the tag, nothing else in clear. */
  private static void assertReceiptOf(String subjectId, String receipt) {
    String prefix = Pattern.quote(subjectId) + "\\.[A-Za-z0-9]{1,8}\\.";
    assertTrue(Pattern.matches(prefix + TAG.pattern(), receipt), receipt);
  }

  @Test
  void presentAlteredAndMissingRecordsAreToldApart() throws Exception {
    String code = Deployments.uniqueCode("RCP");
    RandomizedTrial trial = RandomizedTrial.recruiting(new Api(base), code);
    Api osk = new Api(base).as("coordinator-osk");
    List<String> subjects = new ArrayList<>();
    List<String> receipts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String id =
          trial.enroll(osk, RandomizedTrial.eligible("OSK", "R-" + i, "R")).getString("subjectId");
      Reply randomized = trial.randomize(osk, id);
      assertEquals(201, randomized.status(), randomized.toString());
      JsonObject answer = randomized.object();
      String receipt = answer.getString("receipt");
      assertReceiptOf(id, receipt);
      assertTrue(answer.isNull("sequence"), "the site sees no sequence");
      Reply again = trial.randomize(osk, id);
      assertEquals(200, again.status());
      assertEquals(receipt, again.object().getString("receipt"));
      assertEquals(
          receipt,
          osk.get("trials/" + code + "/subjects/" + id + "/randomization")
              .object()
              .getString("receipt"));
      subjects.add(id);
      receipts.add(receipt);
    }
    assertEquals(
        subjects.stream().map(s -> s + "=PRESENT").toList(),
        statuses(check(monitor(), code, array(receipts))));
    JsonObject first =
        check(monitor(), code, array(receipts.subList(0, 1))).array().getJsonObject(0);
    assertEquals(receipts.get(0), first.getString("receipt"));
    assertEquals(
        List.of(subjects.get(0) + "=PRESENT"),
        statuses(check(new Api(base).as("admin"), code, array(receipts.subList(0, 1)))));

    // Rewritten behind the product's back: another treatment code, another arm, another time.
    Tampering.oneRow(
        "update allocation set treatment_code = 'TX-AAAAAA' where subject_code = ? and trial_id ="
            + " (select id from trial where code = ?)",
        subjects.get(1),
        code);
    String arm = arm(code, subjects.get(2));
    Tampering.oneRow(
        "update allocation set arm_code = ? where subject_code = ? and trial_id ="
            + " (select id from trial where code = ?)",
        arm.equals("IL2") ? "CHEMO" : "IL2",
        subjects.get(2),
        code);
    Tampering.oneRow(
        "update allocation set randomized_at = randomized_at + interval '1' second"
            + " where subject_code = ? and trial_id = (select id from trial where code = ?)",
        subjects.get(3),
        code);
    // Lost: the row of one subject is gone.
    Tampering.oneRow(
        "delete from allocation where subject_code = ? and trial_id ="
            + " (select id from trial where code = ?)",
        subjects.get(4),
        code);

    assertEquals(
        List.of(
            subjects.get(0) + "=PRESENT",
            subjects.get(1) + "=ALTERED",
            subjects.get(2) + "=ALTERED",
            subjects.get(3) + "=ALTERED",
            subjects.get(4) + "=MISSING"),
        statuses(check(monitor(), code, array(receipts))));
  }

  private String arm(String trial, String subjectId) {
    return monitor()
        .get("trials/" + trial + "/subjects/" + subjectId + "/randomization")
        .object()
        .getString("arm");
  }

  @Test
  void theCodeGivesAwayNeitherArmNorSequence() {
    String code = Deployments.uniqueCode("RCB");
    RandomizedTrial trial =
        RandomizedTrial.create(
                new Api(base),
                code,
                RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY,
                null,
                50,
                true)
            .open();
    Api osk = new Api(base).as("coordinator-osk");
    List<String> receipts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String id =
          trial.enroll(osk, RandomizedTrial.eligible("OSK", "B-" + i, "R")).getString("subjectId");
      JsonObject answer = trial.randomize(osk, id).object();
      assertTrue(answer.isNull("arm"), "blinded for the site");
      assertReceiptOf(id, answer.getString("receipt"));
      receipts.add(answer.getString("receipt"));
    }
    // Same key, same arm for several of them: the tags still all differ, so none stands for an arm.
    List<String> tags = receipts.stream().map(r -> r.substring(r.lastIndexOf('.') + 1)).toList();
    assertEquals(tags.size(), new HashSet<>(tags).size(), tags.toString());
    JsonArray log = monitor().get("trials/" + code + "/allocations").array();
    assertEquals(8, log.size());
    assertNotEquals(
        1,
        log.getValuesAs(JsonObject.class).stream().map(a -> a.getString("arm")).distinct().count(),
        "both arms occur among the eight");
  }

  @Test
  void importedAllocationsHaveReceiptsToo() {
    String code = Deployments.uniqueCode("RCI");
    RandomizedTrial.recruiting(new Api(base), code);
    Api admin = new Api(base).as("admin");
    Reply imported =
        admin.postCsv(
            "trials/" + code + "/allocations/import",
            """
            subjectId,siteCode,resectability,arm,randomizedOn
            OSK-001,OSK,R,IL2,2025-01-10
            KOB-001,KOB,U,CHEMO,2025-01-09
            """);
    assertEquals(200, imported.status(), imported.toString());
    String receipt =
        admin
            .get("trials/" + code + "/subjects/OSK-001/randomization")
            .object()
            .getString("receipt");
    assertReceiptOf("OSK-001", receipt);
    assertEquals(
        List.of("OSK-001=PRESENT"), statuses(check(monitor(), code, array(List.of(receipt)))));
    assertEquals(List.of(), statuses(check(monitor(), code, "[]")));
    assertEquals(
        404, check(monitor(), Deployments.uniqueCode("RCX"), "[]").status(), "an unknown trial");
  }

  @Test
  void badRequestsAreRefusedWithTheItemNamedAndSitesMayNotCheck() {
    String code = Deployments.uniqueCode("RCR");
    RandomizedTrial trial = RandomizedTrial.recruiting(new Api(base), code);
    Api osk = new Api(base).as("coordinator-osk");
    RandomizedTrial.Randomized subject = trial.randomizedSubject(osk, "OSK", "Q-1");
    String receipt =
        osk.get("trials/" + code + "/subjects/" + subject.subjectId() + "/randomization")
            .object()
            .getString("receipt");

    assertEquals(403, check(osk, code, array(List.of(receipt))).status());
    assertEquals(
        403, check(new Api(base).as("investigator-osk"), code, array(List.of(receipt))).status());

    Reply malformed = check(monitor(), code, array(List.of(receipt, "OSK-001.K1.NOT-A-CODE")));
    assertEquals(400, malformed.status(), malformed.toString());
    assertTrue(malformed.contentType().startsWith("application/problem+json"));
    assertTrue(malformed.errorFor("[1]").contains("receipt code"), malformed.toString());
    assertNull(malformed.errorFor("[0]"));

    String otherKey = receipt.replaceFirst("\\.[A-Za-z0-9]{1,8}\\.", ".ZZ9.");
    Reply unknownKey = check(monitor(), code, array(List.of(otherKey)));
    assertEquals(400, unknownKey.status());
    assertTrue(unknownKey.errorFor("[0]").contains("ZZ9"), unknownKey.toString());

    Reply notString = check(monitor(), code, "[\"" + receipt + "\", 42]");
    assertEquals(400, notString.status());
    assertFalse(notString.errorFor("[1]").isBlank());
    assertEquals(400, check(monitor(), code, "{}").status());
    assertEquals(400, check(monitor(), code, "[\"abc\"").status());
    assertEquals(400, check(monitor(), code, "").status());
    Reply tooMany = check(monitor(), code, array(Collections.nCopies(501, receipt)));
    assertEquals(400, tooMany.status());
    assertTrue(tooMany.object().getString("detail").contains("500"), tooMany.toString());
    assertEquals(
        500, statuses(check(monitor(), code, array(Collections.nCopies(500, receipt)))).size());
    Reply japanese = check(monitor().inLanguage("ja"), code, array(List.of("x")));
    assertTrue(japanese.errorFor("[0]").contains("受領コード"), japanese.toString());
  }

  @Test
  void theServedOpenApiDocumentDescribesTheCheck() {
    Reply openapi = new Api(base).get("../../openapi?format=JSON");
    assertEquals(200, openapi.status());
    JsonObject post =
        openapi
            .object()
            .getJsonObject("paths")
            .getJsonObject("/api/v1/trials/{code}/allocations/receipts")
            .getJsonObject("post");
    JsonObject body =
        post.getJsonObject("requestBody")
            .getJsonObject("content")
            .getJsonObject("application/json")
            .getJsonObject("schema");
    assertEquals("array", body.getString("type"), post.toString());
    assertEquals("string", body.getJsonObject("items").getString("type"), post.toString());
    assertTrue(post.getJsonObject("responses").toString().contains("ALTERED"), post.toString());
  }
}
