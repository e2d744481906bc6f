package org.trialdesk.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small client of the JSON API for tests: requests go out as a real client's would. */
public final class Api {

  /** The password of the demo accounts (TRIALDESK_DEMO_PASSWORD is not set in the tests). */
  public static final String DEMO_PASSWORD = "demo";

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;
  private String language = "en";
  private String authorization;

  /** A client logged in as the demo administrator. */
  public Api(URL deployment) {
    this.base = URI.create(deployment.toString()).resolve("api/v1/");
    as("admin", DEMO_PASSWORD);
  }

  /** The same client, from now on as {@code username} (HTTP Basic). */
  public Api as(String username, String password) {
    authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** The same client, from now on with a personal API token ({@code Authorization: Bearer}). */
  public Api bearer(String token) {
    authorization = "Bearer " + token;
    return this;
  }

  /** A demo account with the demo password. */
  public Api as(String username) {
    return as(username, DEMO_PASSWORD);
  }

  /** The same client, from now on without credentials. */
  public Api anonymous() {
    authorization = null;
    return this;
  }

  public Api inLanguage(String language) {
    this.language = language;
    return this;
  }

  public Reply get(String path) {
    return send("GET", path, null);
  }

  /** A GET asking for CSV ({@code Accept: text/csv}), with the same credentials. */
  public Reply getCsv(String path) {
    return send("GET", path, null, null, "text/csv");
  }

  public Reply delete(String path) {
    return send("DELETE", path, null);
  }

  public Reply post(String path, String json) {
    return send("POST", path, json);
  }

  public Reply put(String path, String json) {
    return send("PUT", path, json);
  }

  public Reply postCsv(String path, String csv) {
    return send("POST", path, csv, "text/csv");
  }

  /** Posts a file's bytes as they are (e.g. a Windows-1252 CSV file). */
  public Reply postBytes(String path, byte[] body, String contentType) {
    return send("POST", path, HttpRequest.BodyPublishers.ofByteArray(body), contentType);
  }

  private Reply send(String method, String path, String json) {
    return send(method, path, json, "application/json");
  }

  private Reply send(String method, String path, String json, String contentType) {
    return send(
        method, path, json == null ? null : HttpRequest.BodyPublishers.ofString(json), contentType);
  }

  private Reply send(
      String method, String path, HttpRequest.BodyPublisher body, String contentType) {
    return send(method, path, body, contentType, "application/json");
  }

  private Reply send(
      String method,
      String path,
      HttpRequest.BodyPublisher body,
      String contentType,
      String accept) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Accept", accept)
            .header("Accept-Language", language)
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
    if (body != null) {
      request.header("Content-Type", contentType);
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response.headers().firstValue("WWW-Authenticate").orElse(null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An answer of the API. */
  public record Reply(int status, String contentType, String body, String challenge) {

    public JsonObject object() {
      return (JsonObject) parse();
    }

    public JsonArray array() {
      return (JsonArray) parse();
    }

    private JsonStructure parse() {
      return Json.createReader(new StringReader(body)).read();
    }

    /** The message the problem document gives for {@code field}, or {@code null}. */
    public String errorFor(String field) {
      return object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
          .filter(e -> field.equals(e.getString("field")))
          .map(e -> e.getString("message"))
          .findFirst()
          .orElse(null);
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
