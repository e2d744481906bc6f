import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Makes a large trial for the benchmarks (run by bench/production.sh): {@code sites} sites (made
 * once, shared by every generated trial), a trial at all of them, {@code subjects} randomized
 * subjects brought in through the application's own allocation import (so the allocation chain is
 * the real one and verifies), then {@code aesPerSubject} adverse events and two doses per subject
 * written straight into the database in JDBC batches, because a million events through the API
 * would take hours. Same seed, same data.
 *
 * <p>Usage: java -cp JDBC-DRIVER.jar bench/Generate.java API-BASE JDBC-URL USER PASSWORD TRIAL
 * SUBJECTS SITES AES-PER-SUBJECT
 */
public class Generate {

  // HTTP/1.1: the import is one large request, which an h2c-upgraded connection may refuse.
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  static String base;

  public static void main(String[] args) throws Exception {
    base = args[0];
    String url = args[1];
    String trial = args[4];
    int subjects = Integer.parseInt(args[5]);
    int sites = Integer.parseInt(args[6]);
    int aesPerSubject = Integer.parseInt(args[7]);
    List<String> siteCodes = new ArrayList<>();
    for (int i = 1; i <= sites; i++) {
      siteCodes.add(String.format("G%03d", i));
    }
    long t0 = System.nanoTime();
    for (String site : siteCodes) {
      // 201 the first time, 409 when an earlier run made it.
      send("POST", "sites", """
          {"code": "%s", "name": "Generated site %s", "city": "Osaka", "country": "JP",
           "timeZone": "Asia/Tokyo"}""".formatted(site, site), 201, 409);
    }
    createTrial(trial, subjects, siteCodes);
    long t1 = System.nanoTime();
    StringBuilder csv = new StringBuilder("subjectId,siteCode,arm,randomizedOn\n");
    LocalDate first = LocalDate.now().minusDays(3 * 365);
    for (int i = 0; i < subjects; i++) {
      String site = siteCodes.get(i % sites);
      csv.append(String.format("%s-%04d,%s,%s,%s%n", site, i / sites + 1, site,
          i % 2 == 0 ? "A" : "B", first.plusDays((long) i * 3 * 365 / subjects)));
    }
    send("POST", "trials/" + trial + "/allocations/import", csv.toString(), "text/csv", 200);
    long t2 = System.nanoTime();
    long events;
    try (Connection db = DriverManager.getConnection(url, args[2], args[3])) {
      events = eventsAndDoses(db, trial, aesPerSubject);
    }
    long t3 = System.nanoTime();
    System.out.printf(
        "generated %s: %d sites and the trial in %.1f s, %d subjects imported in %.1f s,"
            + " %d adverse events and %d doses in %.1f s%n",
        trial, sites, (t1 - t0) / 1e9, subjects, (t2 - t1) / 1e9, events, subjects * 2L,
        (t3 - t2) / 1e9);
  }

  static long eventsAndDoses(Connection db, String trial, int perSubject) throws Exception {
    db.setAutoCommit(false);
    List<Long> terms = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("select meddra_code from ctcae_term order by meddra_code")) {
      while (r.next()) {
        terms.add(r.getLong(1));
      }
    }
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement s =
        db.prepareStatement(
            "select s.id from subject s join trial t on t.id = s.trial_id where t.code = ?"
                + " order by s.id")) {
      s.setString(1, trial);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
    }
    Random random = new Random(20261203L);
    Timestamp now = Timestamp.from(Instant.now());
    LocalDate start = LocalDate.now().minusDays(3 * 365);
    long events = 0;
    try (PreparedStatement ae =
            db.prepareStatement(
                "insert into adverse_event (version, subject_id, meddra_code, grade, onset_date,"
                    + " resolution_date, expected, outcome, site_aware_at, reported_at, voided,"
                    + " recorded_by, recorded_at) values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, false,"
                    + " 'generator', ?)");
        PreparedStatement dose =
            db.prepareStatement(
                "insert into administration (version, subject_id, given_on, agent, dose, unit,"
                    + " dose_change, voided, recorded_by, recorded_at) values (0, ?, ?, 'IL-2',"
                    + " 1, 'MG', 'NONE', false, 'generator', ?)")) {
      for (int i = 0; i < ids.size(); i++) {
        long subject = ids.get(i);
        LocalDate onsetBase = start.plusDays(random.nextInt(3 * 365 - 30));
        for (int k = 0; k < 2; k++) {
          dose.setLong(1, subject);
          dose.setObject(2, onsetBase.plusDays(14L * k));
          dose.setTimestamp(3, now);
          dose.addBatch();
        }
        for (int k = 0; k < perSubject; k++) {
          int grade = grade(random);
          LocalDate onset = onsetBase.plusDays(random.nextInt(30));
          ae.setLong(1, subject);
          ae.setLong(2, terms.get(random.nextInt(terms.size())));
          ae.setInt(3, grade);
          ae.setObject(4, onset);
          ae.setObject(5, grade == 5 ? null : onset.plusDays(3 + random.nextInt(20)));
          // Grades 4 and 5 are recorded as serious below the page's concern: only the grade
          // matters to the lists and the toxicity table.
          ae.setObject(6, null);
          ae.setString(7, grade == 5 ? "FATAL" : "RECOVERED");
          ae.setTimestamp(8, null);
          ae.setTimestamp(9, null);
          ae.setTimestamp(10, now);
          ae.addBatch();
          events++;
        }
        if (i % 500 == 499 || i == ids.size() - 1) {
          ae.executeBatch();
          dose.executeBatch();
          db.commit();
        }
      }
    }
    return events;
  }

  /** Mostly mild, as in an oncology trial's listing: 45 % grade 1, 30 % 2, 18 % 3, 6 % 4, 1 % 5. */
  static int grade(Random random) {
    int p = random.nextInt(100);
    return p < 45 ? 1 : p < 75 ? 2 : p < 93 ? 3 : p < 99 ? 4 : 5;
  }

  static void createTrial(String code, int target, List<String> sites) throws Exception {
    StringBuilder siteList = new StringBuilder();
    for (String site : sites) {
      siteList.append(siteList.length() == 0 ? "" : ", ")
          .append("{\"code\": \"").append(site).append("\", \"status\": \"ACTIVE\"}");
    }
    send("POST", "trials", """
        {"code": "%s", "title": "Generated for benchmarks", "phase": "PHASE_3",
         "targetEnrollment": %d,
         "arms": [{"code": "A", "name": "A", "ratio": 1, "regimen": [{"agent": "IL-2",
                   "dose": 1, "unit": "MG", "route": "INTRAVENOUS", "schedule": "BOLUS_WEEKLY"}]},
                  {"code": "B", "name": "B", "ratio": 1, "regimen": [{"agent": "MMC",
                   "dose": 1, "unit": "MG", "route": "INTRAVENOUS", "schedule": "BOLUS_WEEKLY"}]}],
         "factors": [{"code": "site", "name": "Site"}],
         "criteria": [{"code": "I1", "type": "INCLUSION", "text": "Eligible"}],
         "sites": [%s],
         "randomization": {"method": "PERMUTED_BLOCK", "blockSizes": [2, 4],
                           "stratifyBy": ["site"]}}""".formatted(code, target, siteList),
        201);
    send("POST", "trials/" + code + "/status",
        "{\"status\": \"RECRUITING\", \"reasonForChange\": \"Benchmark\"}", 200);
  }

  static void send(String method, String path, String json, int... expected) throws Exception {
    send(method, path, json, "application/json", expected);
  }

  static void send(String method, String path, String body, String type, int... expected)
      throws Exception {
    String password = System.getenv().getOrDefault("TRIALDESK_DEMO_PASSWORD", "demo");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", type)
            .timeout(java.time.Duration.ofMinutes(10))
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    for (int status : expected) {
      if (response.statusCode() == status) {
        return;
      }
    }
    throw new IllegalStateException(method + " " + path + " answered " + response.statusCode()
        + ": " + response.body().substring(0, Math.min(2000, response.body().length())));
  }
}
