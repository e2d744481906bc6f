package org.trialdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.ApiTest;

/**
 * The served API description is complete and well-formed: what a client generator and a linter
 * (swagger-parser, Redocly's recommended rules; docs/api.md has the commands) need. Every operation
 * has a unique operation id, a summary, a tag that is declared, the document-wide security (Bearer
 * or Basic, both declared), and its refusals as problem documents; every reference resolves, every
 * path parameter is declared and required, no object is left empty.
 */
class OpenApiIT extends ApiTest {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

  private JsonObject document;

  @BeforeEach
  void fetch() throws Exception {
    HttpResponse<String> served =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "openapi?format=JSON")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(served.statusCode()).isEqualTo(200);
    document = Json.createReader(new StringReader(served.body())).readObject();
  }

  private List<Map.Entry<String, JsonObject>> operations() {
    List<Map.Entry<String, JsonObject>> all = new ArrayList<>();
    document
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .forEach(
                        (method, operation) -> {
                          if (METHODS.contains(method)) {
                            all.add(Map.entry(method + " " + path, operation.asJsonObject()));
                          }
                        }));
    return all;
  }

  @Test
  void theDocumentSaysWhatItIsWhereItIsAndHowToAuthenticate() {
    assertThat(document.getString("openapi")).startsWith("3.");
    JsonObject info = document.getJsonObject("info");
    assertThat(info.getString("title")).isNotBlank();
    assertThat(info.getString("version")).isNotBlank();
    assertThat(info.getJsonObject("license").getString("name")).isNotBlank();
    if (document.containsKey("externalDocs")) {
      assertThat(document.getJsonObject("externalDocs").getString("url")).isNotBlank();
    }
    assertThat(document.getJsonArray("servers")).isNotEmpty();
    JsonObject schemes = document.getJsonObject("components").getJsonObject("securitySchemes");
    assertThat(schemes.getJsonObject("bearerAuth").getString("scheme")).isEqualTo("bearer");
    assertThat(schemes.getJsonObject("basicAuth").getString("scheme")).isEqualTo("basic");
    assertThat(document.getJsonArray("security").getValuesAs(JsonObject.class))
        .extracting(r -> r.keySet().iterator().next())
        .containsExactlyInAnyOrder("bearerAuth", "basicAuth");
    assertThat(operations()).hasSizeGreaterThan(40);
  }

  @Test
  void everyOperationIsNamedSummarizedTaggedAndDocumentsItsRefusals() {
    Set<String> declaredTags = new HashSet<>();
    document
        .getJsonArray("tags")
        .getValuesAs(JsonObject.class)
        .forEach(
            t -> {
              assertThat(t.getString("description")).isNotBlank();
              declaredTags.add(t.getString("name"));
            });
    Set<String> ids = new HashSet<>();
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, JsonObject> entry : operations()) {
      String name = entry.getKey();
      JsonObject operation = entry.getValue();
      String id = operation.getString("operationId", "");
      if (id.isBlank() || !ids.add(id)) {
        wrong.add(name + ": operationId missing or not unique: " + id);
      }
      if (operation.getString("summary", "").isBlank()) {
        wrong.add(name + ": no summary");
      }
      if (!operation.containsKey("tags")
          || operation.getJsonArray("tags").isEmpty()
          || !declaredTags.containsAll(
              operation.getJsonArray("tags").getValuesAs(JsonString::getString))) {
        wrong.add(name + ": no declared tag");
      }
      if (operation.containsKey("security") && operation.getJsonArray("security").isEmpty()) {
        wrong.add(name + ": open to anyone, but every call needs credentials");
      }
      JsonObject responses = operation.getJsonObject("responses");
      List<String> refusals = new ArrayList<>(List.of("401", "403"));
      if (name.contains("{")) {
        refusals.add("404");
      }
      if (operation.containsKey("requestBody")) {
        refusals.add("400");
      }
      if (responses.keySet().stream().noneMatch(s -> s.startsWith("2"))) {
        wrong.add(name + ": no success answer");
      }
      for (String status : refusals) {
        JsonObject refusal = responses.getJsonObject(status);
        String ref = null;
        if (refusal != null
            && refusal.containsKey("content")
            && refusal.getJsonObject("content").containsKey("application/problem+json")) {
          ref =
              refusal
                  .getJsonObject("content")
                  .getJsonObject("application/problem+json")
                  .getJsonObject("schema")
                  .getString("$ref", null);
        }
        if (!"#/components/schemas/Problem".equals(ref)) {
          wrong.add(name + ": " + status + " is not a problem document");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyReferenceResolvesAndEveryPathParameterIsDeclared() {
    List<String> wrong = new ArrayList<>();
    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
    references(document, "#", wrong, schemas);
    for (Map.Entry<String, JsonObject> entry : operations()) {
      Matcher names = PATH_PARAMETER.matcher(entry.getKey());
      while (names.find()) {
        String name = names.group(1);
        boolean declared =
            entry.getValue().containsKey("parameters")
                && entry
                    .getValue()
                    .getJsonArray("parameters")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .anyMatch(
                        p ->
                            p.getString("in").equals("path")
                                && p.getString("name").equals(name)
                                && p.getBoolean("required", false));
        if (!declared) {
          wrong.add(entry.getKey() + ": path parameter " + name + " not declared as required");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** Walks the document: every $ref names a schema that exists; no object is left empty. */
  private static void references(
      JsonValue value, String at, List<String> wrong, JsonObject schemas) {
    if (value instanceof JsonObject object) {
      if (object.isEmpty() && !at.endsWith("/schema") && !at.contains("/properties/")) {
        // An empty schema means "anything"; an empty info, license or external docs is invalid.
        if (at.matches("#/(info(/.*)?|externalDocs|servers.*|components/securitySchemes/.*)")) {
          wrong.add(at + " is empty");
        }
      }
      object.forEach(
          (key, child) -> {
            if (key.equals("$ref")) {
              String ref = ((JsonString) child).getString();
              String name = ref.replaceFirst("^#/components/schemas/", "");
              if (ref.equals(name) || !schemas.containsKey(name)) {
                wrong.add(at + ": unresolved " + ref);
              }
            } else {
              references(child, at + "/" + key, wrong, schemas);
            }
          });
    } else if (value instanceof jakarta.json.JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        references(array.get(i), at + "/" + i, wrong, schemas);
      }
    }
  }
}
