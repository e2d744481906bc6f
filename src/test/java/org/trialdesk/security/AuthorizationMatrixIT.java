package org.trialdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Api.Reply;
import org.trialdesk.testsupport.ApiTest;
import org.trialdesk.testsupport.RandomizedTrial;

/**
 * For every REST resource method and every role, at its own site and at another, the status the API
 * must answer. The resource methods are found in the compiled classes, so a new one that is not in
 * the matrix fails this test until someone decides who may call it.
 */
class AuthorizationMatrixIT extends ApiTest {

  /** Callers: anonymous, then demo accounts; coordinators and investigators belong to OSK only. */
  private static final String[] CALLERS = {
    "anonymous", "admin", "monitor", "coordinator-osk", "investigator-osk"
  };

  private static final String OK = "200";

  /**
   * Method and path template → expected status per caller (in the order of {@link #CALLERS}), for
   * the caller's own site and, after "|", for another site where the path names a site. Writes
   * carry an empty document: an allowed caller gets 400 (nothing is stored), a refused one 403.
   */
  private static final Map<String, String> MATRIX = new LinkedHashMap<>();

  static {
    expect("GET trials", "401 200 200 200 200");
    expect("POST trials", "401 400 403 403 403");
    expect("GET trials/{code}", "401 200 200 200 200");
    expect("PUT trials/{code}", "401 400 403 403 403");
    expect("POST trials/{code}/status", "401 400 403 403 403");
    expect("GET trials/{trialCode}/arms", "401 200 200 200 200");
    expect("POST trials/{trialCode}/arms", "401 400 403 403 403");
    expect("GET trials/{trialCode}/arms/{armCode}", "401 200 200 200 200");
    expect("PUT trials/{trialCode}/arms/{armCode}", "401 400 403 403 403");
    expect("GET trials/{trialCode}/sites", "401 200 200 200 200");
    expect("POST trials/{trialCode}/sites", "401 400 403 403 403");
    expect("GET trials/{trialCode}/sites/{siteCode}", "401 200 200 200 200 | 401 200 200 404 404");
    expect("PUT trials/{trialCode}/sites/{siteCode}", "401 400 403 403 403 | 401 400 403 403 403");
    expect("GET sites", "401 200 200 200 200");
    expect("POST sites", "401 400 403 403 403");
    expect("GET sites/{code}", "401 200 200 200 200");
    expect("PUT sites/{code}", "401 400 403 403 403");
    expect("GET audit", "401 200 200 403 403");
    // Everyone has their own tokens; {id} names nobody's.
    expect("GET tokens", "401 200 200 200 200");
    expect("POST tokens", "401 400 400 400 400");
    expect("GET tokens/{id}", "401 404 404 404 404");
    expect("DELETE tokens/{id}", "401 404 404 404 404");
    expect("GET trials/{code}/subjects", "401 200 200 200 200");
    expect("POST trials/{code}/subjects", "401 403 403 400 400");
    expect("GET trials/{code}/subjects/{subjectId}", "401 200 200 200 200 | 401 200 200 404 404");
    expect(
        "POST trials/{code}/subjects/{subjectId}/status",
        "401 403 403 400 400 | 401 403 403 404 404");
    expect("GET trials/{code}/randomization", "401 200 200 403 403");
    expect("PUT trials/{code}/randomization", "401 400 403 403 403");
    expect(
        "POST trials/{code}/subjects/{subjectId}/randomization",
        "401 403 403 200 200 | 401 403 403 404 404");
    expect(
        "GET trials/{code}/subjects/{subjectId}/randomization",
        "401 200 200 200 200 | 401 200 200 404 404");
    expect(
        "POST trials/{code}/subjects/{subjectId}/unblinding",
        "401 403 403 403 409 | 401 403 403 403 404");
    expect("GET trials/{code}/allocations", "401 200 200 403 403");
    expect("GET trials/{code}/allocations/verification", "401 200 200 403 403");
    expect("GET trials/{code}/allocations/{sequence}/derivation", "401 200 200 403 403");
    expect("GET trials/{code}/allocations/balance", "401 200 200 403 403");
    expect("GET trials/{code}/allocations/notifications", "401 200 200 403 403");
    expect("POST trials/{code}/allocations/import", "401 409 403 403 403");
    expect("POST trials/{code}/allocations/receipts", "401 400 400 403 403");
    expect("GET regimen-terms", "401 200 200 200 200");
    expect("POST regimen-terms", "401 400 403 403 403");
    expect("GET ctcae/terms", "401 200 200 200 200");
    expect("GET ctcae/terms/{meddraCode}", "401 200 200 200 200");
    expect("POST ctcae/import", "401 400 403 403 403");
    expect(
        "GET trials/{code}/subjects/{subjectId}/adverse-events",
        "401 200 200 200 200 | 401 200 200 404 404");
    expect(
        "POST trials/{code}/subjects/{subjectId}/adverse-events",
        "401 403 403 400 400 | 401 403 403 404 404");
    expect(
        "GET trials/{code}/subjects/{subjectId}/adverse-events/{id}",
        "401 404 404 404 404 | 401 404 404 404 404");
    expect(
        "PUT trials/{code}/subjects/{subjectId}/adverse-events/{id}",
        "401 403 403 404 404 | 401 403 403 404 404");
    expect(
        "POST trials/{code}/subjects/{subjectId}/adverse-events/{id}/void",
        "401 403 403 404 404 | 401 403 403 404 404");
    expect(
        "POST trials/{code}/subjects/{subjectId}/adverse-events/{id}/signature",
        "401 403 403 403 404 | 401 403 403 403 404");
    expect(
        "POST trials/{code}/subjects/{subjectId}/adverse-events/{id}/expedited-reports",
        "401 400 403 403 403 | 401 400 403 403 403");
    expect("GET trials/{code}/adverse-events", "401 200 200 200 200");
    expect(
        "GET trials/{code}/subjects/{subjectId}/administrations",
        "401 200 200 200 200 | 401 200 200 404 404");
    expect(
        "POST trials/{code}/subjects/{subjectId}/administrations",
        "401 403 403 400 400 | 401 403 403 404 404");
    expect(
        "POST trials/{code}/subjects/{subjectId}/administrations/{id}/void",
        "401 403 403 404 404 | 401 403 403 404 404");
    expect("GET trials/{code}/analysis/adverse-events", "401 200 200 403 403");
    expect(
        "GET trials/{code}/subjects/{subjectId}/assessments",
        "401 200 200 200 200 | 401 200 200 404 404");
    expect(
        "POST trials/{code}/subjects/{subjectId}/assessments",
        "401 403 403 400 400 | 401 403 403 404 404");
    expect(
        "POST trials/{code}/subjects/{subjectId}/assessments/{id}/override",
        "401 403 403 403 400 | 401 403 403 403 404");
    expect(
        "POST trials/{code}/subjects/{subjectId}/assessments/{id}/void",
        "401 403 403 404 404 | 401 403 403 404 404");
    expect(
        "GET trials/{code}/subjects/{subjectId}/follow-ups",
        "401 200 200 200 200 | 401 200 200 404 404");
    expect(
        "POST trials/{code}/subjects/{subjectId}/follow-ups",
        "401 403 403 400 400 | 401 403 403 404 404");
    expect(
        "POST trials/{code}/subjects/{subjectId}/follow-ups/{id}/void",
        "401 403 403 404 404 | 401 403 403 404 404");
    // Everyone who sees the trial: site staff get their own sites, arms only where they may know.
    expect("GET trials/{code}/analysis/survival", "401 200 200 200 200");
    expect("GET trials/{code}/analysis/response", "401 200 200 200 200");
    expect("GET trials/{code}/analysis/data-set", "401 200 200 200 200");
    expect("GET trials/{code}/consort", "401 200 200 200 200");
  }

  /** A trial of this test's own with one randomized subject at OSK and one at KOB. */
  private String trialCode;

  private final Map<String, String> subjects = new LinkedHashMap<>();

  private void setUpTrial() {
    RandomizedTrial trial =
        RandomizedTrial.create(
                api, code, RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY, null, 100, false)
            .open();
    trialCode = trial.code;
    for (String site : List.of("OSK", "KOB")) {
      Api coordinator = new Api(base).as("coordinator-" + site.toLowerCase());
      String id =
          trial
              .enroll(coordinator, RandomizedTrial.eligible(site, "AZ-1", "R"))
              .getString("subjectId");
      trial.randomize(coordinator, id);
      subjects.put(site, id);
    }
  }

  private static void expect(String endpoint, String statuses) {
    MATRIX.put(endpoint, statuses);
  }

  @Test
  void everyResourceMethodIsInTheMatrix() {
    assertThat(new TreeSet<>(MATRIX.keySet())).isEqualTo(new TreeSet<>(resourceMethods()));
  }

  @Test
  void everyCallerGetsTheExpectedStatusEverywhere() {
    setUpTrial();
    List<String> wrong = new ArrayList<>();
    MATRIX.forEach(
        (endpoint, expected) -> {
          String[] sides = expected.split("\\|");
          check(endpoint, "OSK", sides[0], wrong);
          if (sides.length > 1) {
            check(endpoint, "KOB", sides[1], wrong);
          }
        });
    assertThat(wrong).isEmpty();
  }

  private void check(String endpoint, String site, String expected, List<String> wrong) {
    String[] statuses = expected.trim().split("\\s+");
    String method = endpoint.substring(0, endpoint.indexOf(' '));
    String path =
        endpoint
            .substring(endpoint.indexOf(' ') + 1)
            .replace(
                "{code}",
                endpoint.startsWith("sites/{code}", method.length() + 1) ? site : trialCode)
            .replace("{trialCode}", trialCode)
            .replace("{subjectId}", subjects.get(site))
            .replace("{sequence}", "1")
            .replace("{meddraCode}", "10028813")
            .replace("{id}", "999999999")
            .replace("{armCode}", "IL2")
            .replace("{siteCode}", site);
    for (int i = 0; i < CALLERS.length; i++) {
      if (CALLERS[i].equals("anonymous")) {
        api.anonymous();
      } else {
        api.as(CALLERS[i]);
      }
      Reply reply =
          switch (method) {
            case "GET" -> api.get(path);
            case "POST" -> api.post(path, "{}");
            case "PUT" -> api.put(path, "{}");
            default -> api.delete(path);
          };
      if (!String.valueOf(reply.status()).equals(statuses[i])) {
        wrong.add(
            method
                + " "
                + path
                + " as "
                + CALLERS[i]
                + ": expected "
                + statuses[i]
                + ", got "
                + reply);
      }
    }
  }

  /** "METHOD path" of every resource method in the compiled application. */
  private static List<String> resourceMethods() {
    List<String> found = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.walk(Paths.get("target", "classes"))) {
      files
          .map(java.nio.file.Path::toString)
          .filter(f -> f.endsWith("Resource.class"))
          .map(f -> f.substring(f.indexOf("org/trialdesk")).replace('/', '.').replace(".class", ""))
          .forEach(name -> found.addAll(methodsOf(name)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  private static List<String> methodsOf(String className) {
    Class<?> type;
    try {
      type = Class.forName(className);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    Path root = type.getAnnotation(Path.class);
    List<String> methods = new ArrayList<>();
    if (root == null) {
      return methods;
    }
    for (Method method : type.getDeclaredMethods()) {
      String verb =
          method.isAnnotationPresent(GET.class)
              ? "GET"
              : method.isAnnotationPresent(POST.class)
                  ? "POST"
                  : method.isAnnotationPresent(PUT.class)
                      ? "PUT"
                      : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
      if (verb != null) {
        Path sub = method.getAnnotation(Path.class);
        methods.add(verb + " " + root.value() + (sub == null ? "" : "/" + sub.value()));
      }
    }
    return methods;
  }
}
