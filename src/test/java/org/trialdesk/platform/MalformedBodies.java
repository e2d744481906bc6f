package org.trialdesk.platform;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The malformed bodies {@link MalformedRequestsIT} sends: whole bodies, CSV files, bad values. */
final class MalformedBodies {

  static final int FIVE_MB = 5 * 1024 * 1024;
  static final String LONG_TEXT = "A".repeat(100_000);

  /** One malformed request: what it is, its body and whether it must be refused. */
  record Case(String label, byte[] body, String contentType, boolean mustRefuse) {}

  private MalformedBodies() {}

  static String abbreviated(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  static List<Case> wholeBodies(JsonValue valid) {
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

  static List<Case> csvBodies() {
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
  static void hugeText(JsonValue document, List<Case> cases) {
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
                              OpenApiSchemas.replaced(
                                  document,
                                  List.of(e.getKey()),
                                  "\"" + "x".repeat(FIVE_MB) + "\"")),
                          "application/json",
                          false)));
    }
  }

  /** Each property replaced, one at a time, by values that do not fit it. */
  static void mutate(
      JsonValue value,
      JsonObject schema,
      JsonObject schemas,
      List<Object> at,
      JsonValue document,
      List<Case> cases,
      int depth) {
    String type = OpenApiSchemas.typeOf(schema);
    if (!at.isEmpty()) {
      boolean password = "password".equals(at.get(at.size() - 1));
      for (Map.Entry<String, Boolean> bad : wrongValues(type, schema).entrySet()) {
        if (password && !bad.getValue()) {
          // Only values of the wrong kind: a wrong password would count towards a lockout.
          continue;
        }
        String body = OpenApiSchemas.replaced(document, at, bad.getKey());
        cases.add(
            new Case(
                OpenApiSchemas.pathText(at) + "=" + abbreviated(bad.getKey()),
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
            OpenApiSchemas.resolve(property.getValue().asJsonObject(), schemas),
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
          OpenApiSchemas.resolve(schema.getJsonObject("items"), schemas),
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
          OpenApiSchemas.resolve(values, schemas),
          schemas,
          next,
          document,
          cases,
          depth + 1);
    }
  }

  /** Raw JSON values that do not fit a property of {@code type}; true: it must be refused. */
  static Map<String, Boolean> wrongValues(String type, JsonObject schema) {
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

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
