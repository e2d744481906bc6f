import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Randomizations per second at 1, 8 and 32 concurrent clients against a running TrialDesk, through
 * the public API (run by bench/randomization.sh). Each round uses a fresh trial with one stratum,
 * so every request competes for the same row lock, the worst case. Subjects are enrolled before
 * the clock starts; only POST .../randomization is timed. Prints figures and ratios against one
 * client measured in the same run.
 */
public class RandomizationBenchmark {

  static final HttpClient HTTP = HttpClient.newHttpClient();
  static String base;

  /** With "bearer", each user's requests carry a personal API token instead of the password. */
  static boolean bearer;

  static final java.util.Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

  public static void main(String[] args) throws Exception {
    base = args.length > 0 ? args[0] : "http://localhost:8080/api/v1/";
    int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 400;
    bearer = args.length > 2 && args[2].equals("bearer");
    int[] clients = {1, 8, 32};
    // Warm-up: class loading, JIT, connection pool.
    round(8, 200, false);
    double single = 0;
    System.out.printf("%-8s %10s %12s %16s%n", "clients", "requests", "per second", "vs 1 client");
    for (int c : clients) {
      double rate = round(c, perRound, true);
      if (c == 1) {
        single = rate;
      }
      System.out.printf("%-8d %10d %12.1f %15.2fx%n", c, perRound, rate, rate / single);
    }
  }

  static double round(int clients, int subjects, boolean report) throws Exception {
    String trial = "BENCH" + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
    createTrial(trial, subjects);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < subjects; i++) {
      String body =
          """
          {"siteCode": "OSK", "screeningNumber": "B-%d", "initials": "BM", "birthYear": 1950,
           "sex": "M", "eligibility": {"I1": true}, "consent": {"version": "1",
           "signedOn": "%s"}, "factors": {}}
          """
              .formatted(i, LocalDate.now().minusDays(1));
      String reply = send("POST", "trials/" + trial + "/subjects", body, "coordinator-osk", 201);
      Matcher m = Pattern.compile("\"subjectId\":\"([^\"]+)\"").matcher(reply);
      m.find();
      ids.add(m.group(1));
    }
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<String>> done = new ArrayList<>();
    for (String id : ids) {
      done.add(
          pool.submit(
              () ->
                  send(
                      "POST",
                      "trials/" + trial + "/subjects/" + id + "/randomization",
                      null,
                      "coordinator-osk",
                      201)));
    }
    for (Future<String> f : done) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    String verdict = send("GET", "trials/" + trial + "/allocations/verification", null, "monitor", 200);
    if (!verdict.contains("\"valid\":true")) {
      throw new IllegalStateException("Chain not valid after the round: " + verdict);
    }
    return subjects / seconds;
  }

  static void createTrial(String code, int target) throws Exception {
    send(
        "POST",
        "trials",
        """
        {"code": "%s", "title": "Benchmark", "phase": "PHASE_3", "targetEnrollment": %d,
         "arms": [{"code": "A", "name": "A", "ratio": 1, "regimen": [{"agent": "IL-2",
                   "dose": 1, "unit": "MG", "route": "INTRAVENOUS", "schedule": "BOLUS_WEEKLY"}]},
                  {"code": "B", "name": "B", "ratio": 1, "regimen": [{"agent": "MMC",
                   "dose": 1, "unit": "MG", "route": "INTRAVENOUS", "schedule": "BOLUS_WEEKLY"}]}],
         "factors": [{"code": "site", "name": "Site"}],
         "criteria": [{"code": "I1", "type": "INCLUSION", "text": "Eligible"}],
         "sites": [{"code": "OSK", "status": "ACTIVE"}],
         "randomization": {"method": "PERMUTED_BLOCK", "blockSizes": [2, 4, 6],
                           "stratifyBy": ["site"]}}
        """
            .formatted(code, target),
        "admin",
        201);
    send(
        "POST",
        "trials/" + code + "/status",
        "{\"status\": \"RECRUITING\", \"reasonForChange\": \"Benchmark\"}",
        "admin",
        200);
  }

  static String basic(String user) {
    String password = System.getenv().getOrDefault("TRIALDESK_DEMO_PASSWORD", "demo");
    return "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** The user's token, made once with the password (a token cannot make tokens). */
  static String token(String user) {
    return TOKENS.computeIfAbsent(
        user,
        u -> {
          try {
            HttpResponse<String> made =
                HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + "tokens"))
                        .header("Authorization", basic(u))
                        .header("Content-Type", "application/json")
                        .POST(
                            HttpRequest.BodyPublishers.ofString(
                                "{\"name\": \"benchmark\", \"expiresOn\": \""
                                    + LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1)
                                    + "\"}"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(made.body());
            if (made.statusCode() != 201 || !m.find()) {
              throw new IllegalStateException("No token for " + u + ": " + made.body());
            }
            return m.group(1);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  static String send(String method, String path, String json, String user, int expected)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", bearer ? "Bearer " + token(user) : basic(user))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }
}
