package org.trialdesk.platform;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.trialdesk.testsupport.Api;

/** Reading an OpenAPI schema: what a property is, a plausible document, one value replaced. */
final class OpenApiSchemas {

  private OpenApiSchemas() {}

  static JsonObject resolve(JsonObject schema, JsonObject schemas) {
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

  static String typeOf(JsonObject schema) {
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
  static JsonValue example(JsonObject schema, JsonObject schemas, int depth) {
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
  static String replaced(JsonValue value, List<Object> at, String raw) {
    StringBuilder out = new StringBuilder();
    write(value, at, 0, raw, out);
    return out.toString();
  }

  static void write(JsonValue value, List<Object> at, int depth, String raw, StringBuilder out) {
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

  static String pathText(List<Object> at) {
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
}
