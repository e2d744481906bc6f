package org.trialdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.trialdesk.platform.MalformedBodies.Case;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.ApiTest;
import org.trialdesk.testsupport.Deployments;
import org.trialdesk.testsupport.RandomizedTrial;

/**
 * Malformed requests derived from the served OpenAPI document, over every write endpoint it lists:
 * each property of each request document replaced by values of the wrong kind, out of range,
 * fractional, markup, over-long, null, deeply nested; whole bodies empty, broken, huge, nested
 * without end; CSV bodies broken in every way; path parameters real and unknown. The server never
 * answers 5xx, every refusal is problem+json, a value of the wrong kind is always refused, and a
 * refused request stores nothing (the audit trail, where every change is written, does not move).
 */
class MalformedRequestsIT extends ApiTest {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** Real codes the requests' paths are filled with. */
  private final Map<String, String> real = new TreeMap<>();

  private final List<String> failures = new ArrayList<>();
  private final Map<Integer, Integer> statuses = new TreeMap<>();
  private int sent;
  private int accepted;
  private final List<String> acceptedRequests = new ArrayList<>();

  @Test
  void noMalformedRequestIsAServerErrorOrLeavesATrace() {
    setUp();
    JsonObject openapi = openapi();
    JsonObject schemas =
        openapi.getJsonObject("components") == null
            ? JsonValue.EMPTY_JSON_OBJECT
            : openapi.getJsonObject("components").getJsonObject("schemas");
    List<String> endpoints = new ArrayList<>();
    for (Map.Entry<String, JsonValue> path : openapi.getJsonObject("paths").entrySet()) {
      JsonObject operations = path.getValue().asJsonObject();
      for (String method : List.of("post", "put")) {
        if (operations.containsKey(method)) {
          endpoints.add(method.toUpperCase() + " " + path.getKey());
          attack(method.toUpperCase(), path.getKey(), operations.getJsonObject(method), schemas);
        }
      }
    }
    System.out.printf(
        "MalformedRequestsIT: %d requests to %d write endpoints, %d accepted, statuses %s%n",
        sent, endpoints.size(), accepted, statuses);
    acceptedRequests.forEach(a -> System.out.println("  accepted: " + a));
    assertThat(endpoints)
        .as("write endpoints in the OpenAPI document")
        .contains(
            "POST /api/v1/trials",
            "PUT /api/v1/trials/{code}",
            "POST /api/v1/trials/{code}/status",
            "PUT /api/v1/trials/{code}/randomization",
            "POST /api/v1/trials/{code}/allocations/import",
            "POST /api/v1/trials/{code}/subjects",
            "POST /api/v1/trials/{code}/subjects/{subjectId}/adverse-events",
            "POST /api/v1/trials/{code}/subjects/{subjectId}/administrations",
            "POST /api/v1/ctcae/import",
            "POST /api/v1/sites");
    assertThat(sent).isGreaterThanOrEqualTo(500);
    assertThat(failures).as(failures.size() + " failures").isEmpty();
    assertThat(
            new Api(base).as("monitor").get("trials/" + real.get("draft") + "/allocations").array())
        .as("no broken import stored anything")
        .isEmpty();
  }

  // --- the world the requests are aimed at ---

  private void setUp() {
    RandomizedTrial trial = RandomizedTrial.recruiting(api, code);
    Api osk = new Api(base).as("coordinator-osk");
    RandomizedTrial.Randomized subject = trial.randomizedSubject(osk, "OSK", "M-1");
    String subjectPath = "trials/" + code + "/subjects/" + subject.subjectId();
    Api.Reply event =
        osk.post(
            subjectPath + "/adverse-events",
            """
            {"meddraCode": 10028813, "grade": 1, "onsetDate": "%s", "outcome": "RECOVERED",
             "attribution": {"%s": "PROBABLE"}}
            """
                .formatted(LocalDate.now().minusDays(1), subject.agent()));
    assertThat(event.status()).as(event.toString()).isEqualTo(201);
    Api.Reply dose =
        osk.post(
            subjectPath + "/administrations",
            """
            {"givenOn": "%s", "agent": "%s", "dose": 1, "unit": "MG"}
            """
                .formatted(LocalDate.now(ZoneId.of("Asia/Tokyo")), subject.agent()));
    assertThat(dose.status()).as(dose.toString()).isEqualTo(201);
    String draft = Deployments.uniqueCode("MRD");
    RandomizedTrial.create(
        api, draft, RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY, null, 10, false);
    String site = Deployments.uniqueCode("M");
    Api.Reply created =
        api.post(
            "sites",
            """
            {"code": "%s", "name": "Malformed", "city": "Osaka", "country": "JP",
             "timeZone": "Asia/Tokyo"}
            """
                .formatted(site));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    real.put("recruiting", code);
    real.put("draft", draft);
    real.put("site", site);
    real.put("subjectId", subject.subjectId());
    real.put("event", String.valueOf(event.object().getJsonNumber("id").longValue()));
    real.put("dose", String.valueOf(dose.object().getJsonNumber("id").longValue()));
  }

  private JsonObject openapi() {
    HttpResponse<String> response = send("GET", base + "openapi?format=JSON", null, null, "admin");
    assertThat(response.statusCode()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  /** The path with its parameters filled with the test's real codes. */
  private String realPath(String template) {
    boolean subjects = template.contains("{subjectId}");
    String path =
        template
            .replace("{subjectId}", real.get("subjectId"))
            .replace("{siteCode}", "OSK")
            .replace("{armCode}", "IL2")
            .replace("{trialCode}", real.get("draft"));
    if (path.startsWith("/api/v1/sites/")) {
      path = path.replace("{code}", real.get("site"));
    }
    path = path.replace("{code}", subjects ? real.get("recruiting") : real.get("draft"));
    if (path.contains("/adverse-events/{id}")) {
      path = path.replace("{id}", real.get("event"));
    }
    return path.replace("{id}", real.get("dose")).replace("{meddraCode}", "10028813");
  }

  /** Who can reach the endpoint's validation rather than a 403. */
  private static String roleFor(String path) {
    if (path.endsWith("/unblinding") || path.endsWith("/signature")) {
      return "investigator-osk";
    }
    if (path.contains("{subjectId}") && !path.endsWith("/expedited-reports")
        || path.endsWith("{code}/subjects")) {
      return "coordinator-osk";
    }
    return "admin";
  }

  // --- the attack on one endpoint ---

  private void attack(String method, String template, JsonObject operation, JsonObject schemas) {
    String role = roleFor(template);
    String path = realPath(template);
    JsonObject content =
        operation.containsKey("requestBody")
            ? operation.getJsonObject("requestBody").getJsonObject("content")
            : JsonValue.EMPTY_JSON_OBJECT;
    String jsonType =
        content.keySet().stream().filter(t -> t.contains("json")).findFirst().orElse(null);
    List<Case> cases = new ArrayList<>();
    if (template.endsWith("/import")) {
      cases.addAll(MalformedBodies.csvBodies());
    } else if (jsonType == null) {
      // No document is read: whatever comes is ignored, but must not break anything.
      MalformedBodies.wholeBodies(JsonValue.EMPTY_JSON_OBJECT).stream()
          .map(c -> new Case(c.label(), c.body(), c.contentType(), false))
          .forEach(cases::add);
    } else {
      JsonObject schema =
          OpenApiSchemas.resolve(content.getJsonObject(jsonType).getJsonObject("schema"), schemas);
      JsonValue valid = OpenApiSchemas.example(schema, schemas, 0);
      cases.addAll(MalformedBodies.wholeBodies(valid));
      MalformedBodies.mutate(valid, schema, schemas, new ArrayList<>(), valid, cases, 0);
      MalformedBodies.hugeText(valid, cases);
    }
    long before = lastAuditId();
    for (Case c : cases) {
      fire(method, path, c, role, before);
      if (lastStatus >= 200 && lastStatus < 300) {
        before = lastAuditId();
      }
    }
    // The same requests at unknown trials, subjects, events: refused, and nothing stored.
    List<String> unknowns =
        template.contains("{")
            ? List.of("NOPE404", "0", "%3Cscript%3E", "%F0%9F%98%80", "1.5")
            : List.of();
    for (String unknown : unknowns) {
      String unknownPath = template.replaceAll("\\{[^}]+}", unknown);
      for (Case c : cases.subList(0, Math.min(4, cases.size()))) {
        fire(
            method,
            unknownPath,
            new Case(c.label(), c.body(), c.contentType(), true),
            role,
            before);
      }
    }
    if (lastAuditId() != before) {
      failures.add(method + " " + template + ": the audit trail moved though nothing was accepted");
    }
  }

  private int lastStatus;

  private void fire(String method, String path, Case c, String role, long auditBefore) {
    HttpResponse<String> response =
        send(method, base.toString().replaceAll("/$", "") + path, c.body(), c.contentType(), role);
    sent++;
    lastStatus = response.statusCode();
    statuses.merge(response.statusCode(), 1, Integer::sum);
    String what = method + " " + path + " [" + c.label() + "] → " + response.statusCode();
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (response.statusCode() >= 500) {
      failures.add(what + " " + MalformedBodies.abbreviated(response.body()));
    } else if (response.statusCode() >= 400 && !type.startsWith("application/problem+json")) {
      failures.add(what + " answered " + type);
    } else if (response.statusCode() < 400) {
      accepted++;
      acceptedRequests.add(MalformedBodies.abbreviated(what));
      if (c.mustRefuse()) {
        failures.add(what + " accepted a value of the wrong kind");
      }
    }
  }

  // --- HTTP ---

  /** The id of the newest audit record: every stored change writes one. */
  private long lastAuditId() {
    JsonArray newest = new Api(base).as("admin").get("audit?max=1").array();
    return newest.isEmpty() ? 0 : newest.getJsonObject(0).getJsonNumber("id").longValue();
  }

  private HttpResponse<String> send(
      String method, String url, byte[] body, String contentType, String user) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
