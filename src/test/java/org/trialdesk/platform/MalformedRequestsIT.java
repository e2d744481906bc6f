package org.trialdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
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

  private static final int FIVE_MB = 5 * 1024 * 1024;
  private static final String LONG_TEXT = "A".repeat(100_000);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** Real codes the requests' paths are filled with. */
  private final Map<String, String> real = new TreeMap<>();

  private final List<String> failures = new ArrayList<>();
  private final Map<Integer, Integer> statuses = new TreeMap<>();
  private int sent;
  private int accepted;
  private final List<String> acceptedRequests = new ArrayList<>();

  /** One malformed request: what it is, its body and whether it must be refused. */
  private record Case(String label, byte[] body, String contentType, boolean mustRefuse) {}

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
      cases.addAll(csvBodies());
    } else if (jsonType == null) {
      // No document is read: whatever comes is ignored, but must not break anything.
      wholeBodies(JsonValue.EMPTY_JSON_OBJECT).stream()
          .map(c -> new Case(c.label(), c.body(), c.contentType(), false))
          .forEach(cases::add);
    } else {
      JsonObject schema = resolve(content.getJsonObject(jsonType).getJsonObject("schema"), schemas);
      JsonValue valid = example(schema, schemas, 0);
      cases.addAll(wholeBodies(valid));
      mutate(valid, schema, schemas, new ArrayList<>(), valid, cases, 0);
      hugeText(valid, cases);
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
      failures.add(what + " " + abbreviated(response.body()));
    } else if (response.statusCode() >= 400 && !type.startsWith("application/problem+json")) {
      failures.add(what + " answered " + type);
    } else if (response.statusCode() < 400) {
      accepted++;
      acceptedRequests.add(abbreviated(what));
      if (c.mustRefuse()) {
        failures.add(what + " accepted a value of the wrong kind");
      }
    }
  }

  private static String abbreviated(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  // --- bodies ---

  private static List<Case> wholeBodies(JsonValue valid) {
    List<Case> cases = new ArrayList<>();
    String json = "application/json";
    for (String broken :
        List.of(
            "",
            "{",
            "}",
            "null",
            "[]",
            "\"text\"",
            "0",
            "true",
            "{\"a\":",
            "{'single': 'quotes'}",
            "{\"a\": 1,}",
            "<?xml version=\"1.0\"?><trial/>",
            "{\"a\": NaN}",
            "{} {}")) {
      cases.add(new Case("body " + broken, utf8(broken), json, false));
    }
    cases.add(
        new Case("nested 100000", utf8("[".repeat(100_000) + "]".repeat(100_000)), json, true));
    cases.add(
        new Case(
            "nested objects 50000",
            utf8("{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000)),
            json,
            false));
    cases.add(new Case("5 MB array", utf8("[" + "1,".repeat(FIVE_MB / 2) + "1]"), json, true));
    cases.add(
        new Case(
            "5 MB unknown property",
            utf8("{\"padding\": \"" + "x".repeat(FIVE_MB) + "\"}"),
            json,
            false));
    cases.add(
        new Case(
            "not UTF-8", new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3, 0x28}, json, true));
    cases.add(new Case("as text/plain", utf8(valid.toString()), "text/plain", true));
    cases.add(new Case("as form", utf8("a=1&b=2"), "application/x-www-form-urlencoded", true));
    return cases;
  }

  private static List<Case> csvBodies() {
    String header = "subjectId,siteCode,resectability,arm,randomizedOn\n";
    String csv = "text/csv";
    List<Case> cases = new ArrayList<>();
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("empty", "");
    bodies.put("unterminated quote", header + "\"abc,def\n");
    bodies.put("quote then text", header + "\"OSK-001\"x,OSK,R,IL2,2025-01-10\n");
    bodies.put("header only", header);
    bodies.put("markup header", "<script>alert(1)</script>,=1+1\n1,2\n");
    bodies.put("markup ids", header + "<script>,OSK,R,IL2,2025-01-10\n=1+1,OSK,R,IL2,2025-01-10\n");
    bodies.put("ragged", header + "OSK-001,OSK\nOSK-002,OSK,R,IL2,2025-01-10,extra\n");
    bodies.put("NUL bytes", header + "OSK-\u0000001,OSK,R,IL2,2025-01-10\n");
    bodies.put("CR only", header.replace('\n', '\r') + "OSK-001,OSK,R,IL2,2099-01-10\r");
    bodies.put("BOM", "\uFEFF" + header + "OSK-001,OSK,R,NOPE,2025-01-10\n");
    bodies.put("one long line", "x".repeat(1_000_000));
    bodies.put("over-long cells", header + LONG_TEXT + "," + LONG_TEXT + ",R,IL2,2025-01-10\n");
    bodies.put("emoji", header + "OSK-😀,OSK,R,IL2,2025-01-10\n");
    bodies.put("JSON instead", "{\"subjectId\": \"OSK-001\"}");
    bodies.put("5 MB", header + "OSK-001,OSK,R,NOPE,2025-01-10\n".repeat(FIVE_MB / 30));
    bodies.forEach((label, body) -> cases.add(new Case("csv " + label, utf8(body), csv, true)));
    cases.add(
        new Case("csv binary", new byte[] {0, (byte) 0xff, 0x1b, (byte) 0x80, 10}, csv, true));
    cases.add(new Case("csv as JSON type", utf8(header + "\"abc\n"), "application/json", true));
    return cases;
  }

  /** The first text property of the document as a 5 MB text. */
  private static void hugeText(JsonValue document, List<Case> cases) {
    if (document instanceof JsonObject object) {
      object.entrySet().stream()
          .filter(e -> e.getValue() instanceof JsonString && !e.getKey().equals("password"))
          .findFirst()
          .ifPresent(
              e ->
                  cases.add(
                      new Case(
                          e.getKey() + "=5 MB",
                          utf8(
                              replaced(
                                  document,
                                  List.of(e.getKey()),
                                  "\"" + "x".repeat(FIVE_MB) + "\"")),
                          "application/json",
                          false)));
    }
  }

  /** Each property replaced, one at a time, by values that do not fit it. */
  private void mutate(
      JsonValue value,
      JsonObject schema,
      JsonObject schemas,
      List<Object> at,
      JsonValue document,
      List<Case> cases,
      int depth) {
    String type = typeOf(schema);
    if (!at.isEmpty()) {
      boolean password = "password".equals(at.get(at.size() - 1));
      for (Map.Entry<String, Boolean> bad : wrongValues(type, schema).entrySet()) {
        if (password && !bad.getValue()) {
          // Only values of the wrong kind: a wrong password would count towards a lockout.
          continue;
        }
        String body = replaced(document, at, bad.getKey());
        cases.add(
            new Case(
                pathText(at) + "=" + abbreviated(bad.getKey()),
                utf8(body),
                "application/json",
                bad.getValue()));
      }
    }
    if (depth >= 6) {
      return;
    }
    if ("object".equals(type)
        && schema.containsKey("properties")
        && value instanceof JsonObject o) {
      for (Map.Entry<String, JsonValue> property : schema.getJsonObject("properties").entrySet()) {
        List<Object> next = new ArrayList<>(at);
        next.add(property.getKey());
        mutate(
            o.get(property.getKey()),
            resolve(property.getValue().asJsonObject(), schemas),
            schemas,
            next,
            document,
            cases,
            depth + 1);
      }
    } else if ("array".equals(type) && value instanceof JsonArray a && !a.isEmpty()) {
      List<Object> next = new ArrayList<>(at);
      next.add(0);
      mutate(
          a.get(0),
          resolve(schema.getJsonObject("items"), schemas),
          schemas,
          next,
          document,
          cases,
          depth + 1);
    } else if ("object".equals(type)
        && schema.get("additionalProperties") instanceof JsonObject values
        && value instanceof JsonObject o
        && !o.isEmpty()) {
      List<Object> next = new ArrayList<>(at);
      next.add(o.keySet().iterator().next());
      mutate(
          o.values().iterator().next(),
          resolve(values, schemas),
          schemas,
          next,
          document,
          cases,
          depth + 1);
    }
  }

  /** Raw JSON values that do not fit a property of {@code type}; true: it must be refused. */
  private static Map<String, Boolean> wrongValues(String type, JsonObject schema) {
    Map<String, Boolean> values = new LinkedHashMap<>();
    values.put("null", false);
    switch (type) {
      case "boolean" -> {
        for (String v : List.of("\"true\"", "\"yes\"", "1", "0", "\"😀\"", "{}")) {
          values.put(v, true);
        }
      }
      case "integer" -> {
        boolean long64 = "int64".equals(schema.getString("format", ""));
        for (String v : List.of("1.5", "\"1\"", "9223372036854775808", "1e400", "true", "[1]")) {
          values.put(v, true);
        }
        values.put("2147483648", !long64);
        values.put("-2147483649", !long64);
        values.put("0", false);
        values.put("-1", false);
      }
      case "number" -> {
        for (String v : List.of("\"1\"", "true", "1e999999999", "-1e999999999", "[]")) {
          values.put(v, true);
        }
        values.put("-1", false);
        values.put("0.0000000000000000000001", false);
      }
      case "array" -> {
        values.put("\"x\"", true);
        values.put("{}", true);
        values.put("true", true);
        values.put("[".repeat(2_000) + "]".repeat(2_000), true);
        values.put("[null]", true);
        values.put("[1.5, \"x\", true, {}]", true);
      }
      case "object" -> {
        values.put("[]", true);
        values.put("\"x\"", true);
        values.put("1", true);
        values.put("{\"a\": {\"b\": [[[[true]]]]}}", false);
      }
      default -> {
        values.put("true", true);
        values.put("123", true);
        values.put("{}", true);
        values.put("[]", true);
        values.put("\"<script>alert(1)</script><img src=x onerror=alert(1)>\"", false);
        values.put("\"=1+1\"", false);
        values.put("\"' OR 1=1--\"", false);
        values.put("\"NOT_A_CODE\"", false);
        values.put("\"not_a_code\"", false);
        values.put("\"😀\"", false);
        values.put("\"\\u0000\"", false);
        values.put("\"" + LONG_TEXT + "\"", false);
      }
    }
    return values;
  }

  // --- JSON from the schema ---

  private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
    if (schema == null) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    if (schema.containsKey("$ref")) {
      String name = schema.getString("$ref").replaceFirst("^#/components/schemas/", "");
      return resolve(schemas.getJsonObject(name), schemas);
    }
    for (String combined : List.of("allOf", "anyOf", "oneOf")) {
      if (schema.containsKey(combined)) {
        for (JsonValue option : schema.getJsonArray(combined)) {
          JsonObject resolved = resolve(option.asJsonObject(), schemas);
          if (!"null".equals(typeOf(resolved))) {
            return resolved;
          }
        }
      }
    }
    return schema;
  }

  private static String typeOf(JsonObject schema) {
    JsonValue type = schema.get("type");
    if (type instanceof JsonString s) {
      return s.getString();
    }
    if (type instanceof JsonArray types) {
      return types.getValuesAs(JsonString.class).stream()
          .map(JsonString::getString)
          .filter(t -> !t.equals("null"))
          .findFirst()
          .orElse("null");
    }
    if (schema.containsKey("properties") || schema.containsKey("additionalProperties")) {
      return "object";
    }
    return schema.containsKey("items") ? "array" : "string";
  }

  /** A plausible value for the schema: the base every mutation changes one property of. */
  private static JsonValue example(JsonObject schema, JsonObject schemas, int depth) {
    String type = typeOf(schema);
    String format = schema.getString("format", "");
    return switch (type) {
      case "boolean" -> JsonValue.FALSE;
      case "integer" -> Json.createValue(1);
      case "number" -> Json.createValue(1.5);
      case "array" ->
          depth > 4
              ? JsonValue.EMPTY_JSON_ARRAY
              : Json.createArrayBuilder()
                  .add(example(resolve(schema.getJsonObject("items"), schemas), schemas, depth + 1))
                  .build();
      case "object" -> {
        var object = Json.createObjectBuilder();
        if (depth <= 4 && schema.containsKey("properties")) {
          schema
              .getJsonObject("properties")
              .forEach(
                  (name, property) ->
                      object.add(
                          name,
                          name.equals("password")
                              ? Json.createValue(Api.DEMO_PASSWORD)
                              : example(
                                  resolve(property.asJsonObject(), schemas), schemas, depth + 1)));
        } else if (depth <= 4 && schema.get("additionalProperties") instanceof JsonObject values) {
          object.add("I1", example(resolve(values, schemas), schemas, depth + 1));
        }
        yield object.build();
      }
      default ->
          switch (format) {
            case "date" -> Json.createValue(LocalDate.now().minusDays(1).toString());
            case "date-time" -> Json.createValue("2025-01-31T09:30:00Z");
            default -> Json.createValue(schema.getString("example", "x"));
          };
    };
  }

  /** The document with the value at {@code at} replaced by the raw JSON text {@code raw}. */
  private static String replaced(JsonValue value, List<Object> at, String raw) {
    StringBuilder out = new StringBuilder();
    write(value, at, 0, raw, out);
    return out.toString();
  }

  private static void write(
      JsonValue value, List<Object> at, int depth, String raw, StringBuilder out) {
    if (depth == at.size()) {
      out.append(raw);
      return;
    }
    Object step = at.get(depth);
    if (value instanceof JsonObject object) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonValue> e : object.entrySet()) {
        out.append(first ? "" : ",").append(Json.createValue(e.getKey())).append(':');
        first = false;
        if (e.getKey().equals(step)) {
          write(e.getValue(), at, depth + 1, raw, out);
        } else {
          out.append(e.getValue());
        }
      }
      out.append('}');
    } else if (value instanceof JsonArray array) {
      out.append('[');
      for (int i = 0; i < array.size(); i++) {
        out.append(i == 0 ? "" : ",");
        if (Integer.valueOf(i).equals(step)) {
          write(array.get(i), at, depth + 1, raw, out);
        } else {
          out.append(array.get(i));
        }
      }
      out.append(']');
    } else {
      out.append(raw);
    }
  }

  private static String pathText(List<Object> at) {
    StringBuilder text = new StringBuilder();
    for (Object step : at) {
      if (step instanceof Integer i) {
        text.append('[').append(i).append(']');
      } else {
        text.append(text.length() == 0 ? "" : ".").append(step);
      }
    }
    return text.toString();
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

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
