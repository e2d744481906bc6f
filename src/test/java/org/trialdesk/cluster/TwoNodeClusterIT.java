package org.trialdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Cluster;
import org.trialdesk.testsupport.Deployments;
import org.trialdesk.testsupport.RandomizedTrial;

/**
 * Two nodes of {@code scripts/cluster.sh} on one PostgreSQL, behind HAProxy: a page session
 * outlives its node; 64 clients randomize one stratum through both nodes at once; through the
 * balancer, a node stopped gracefully and another killed with SIGKILL mid-storm lose no
 * acknowledged allocation. The allocation log must stay dense, unique, within its caps, with a
 * valid chain and every receipt checking.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterIT {

  private static final String ONE_STRATUM =
      """
      {"method": "PERMUTED_BLOCK", "blockSizes": [2, 4, 6], "stratifyBy": ["resectability"]}
      """;
  private static Cluster cluster;

  @BeforeAll
  static void up() throws Exception {
    cluster = Cluster.up();
  }

  @AfterAll
  static void down() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void aLoggedInUserKeepsTheSessionWhenTheirNodeStops() throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    URI base = URI.create(cluster.balancer().toString());
    String login = get(browser, base.resolve("login.xhtml")).body();
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(login);
    assertThat(state.find()).as(login).isTrue();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("login:username", "coordinator-osk");
    form.put("login:password", Api.DEMO_PASSWORD);
    form.put("login:submit", "");
    form.put("jakarta.faces.ViewState", state.group(1));
    HttpResponse<String> home = post(browser, base.resolve("login.xhtml"), form);
    assertThat(home.body())
        .as("logged in")
        .contains("coordinator-osk")
        .doesNotContain("login:password");

    String node =
        cookies.getCookieStore().getCookies().stream()
            .filter(c -> c.getName().equals("TRIALDESK_NODE"))
            .findFirst()
            .orElseThrow()
            .getValue();
    int served = node.equals("node1") ? 1 : 2;
    cluster.stopNode(served);
    try {
      HttpResponse<String> after = get(browser, base.resolve("index.xhtml"));
      assertThat(after.statusCode()).isEqualTo(200);
      assertThat(after.body())
          .as("still logged in on the other node")
          .contains("coordinator-osk")
          .doesNotContain("login:password");
    } finally {
      cluster.startNode(served);
    }
  }

  @Test
  @Order(2)
  void sixtyFourClientsRandomizeOneStratumThroughBothNodesAtOnce() throws Exception {
    RandomizedTrial trial =
        RandomizedTrial.create(
                new Api(cluster.node(1)),
                Deployments.uniqueCode("CLU"),
                ONE_STRATUM,
                500,
                1000,
                false)
            .open();
    // OSK is capped at 500: 540 subjects there, 460 at KOB; 40 must be refused, none let through.
    Map<String, String> siteOf = enroll(trial, 540, 460, 64);
    Storm storm = new Storm(trial, i -> cluster.node(1 + i % 2), siteOf, 1);
    ExecutorService pool = Executors.newFixedThreadPool(64);
    try {
      for (Future<?> client : storm.start(pool, 64, deadline(5))) {
        client.get(6, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(storm.unexpected).isEmpty();
    assertThat(storm.acknowledged).hasSize(960);
    assertThat(storm.refused)
        .hasSize(40)
        .allSatisfy((s, body) -> assertThat(siteOf.get(s)).isEqualTo("OSK"));
    List<JsonObject> log =
        LogCheck.holds(new Api(cluster.node(2)).as("monitor"), trial.code, storm.acknowledged);
    assertThat(log.stream().filter(r -> r.getString("siteCode").equals("OSK"))).hasSize(500);
  }

  @Test
  @Order(3)
  void nodesStoppedAndKilledMidStormLoseNoAcknowledgedAllocation() throws Exception {
    RandomizedTrial trial =
        RandomizedTrial.create(
                new Api(cluster.balancer()),
                Deployments.uniqueCode("CLK"),
                ONE_STRATUM,
                null,
                1000,
                false)
            .open();
    Map<String, JsonObject> acknowledged = new HashMap<>();
    // A graceful stop under load: requests under way finish, new ones go to the other node.
    acknowledged.putAll(stormThroughTheBalancer(trial, () -> cluster.stopNode(1)));
    cluster.startNode(1);
    // A crash under load.
    acknowledged.putAll(stormThroughTheBalancer(trial, () -> cluster.killNode(2)));
    cluster.startNode(2);
    assertThat(acknowledged).hasSize(600);
    LogCheck.holds(new Api(cluster.balancer()).as("monitor"), trial.code, acknowledged);
  }

  interface NodeEvent {
    void happen() throws Exception;
  }

  /** 300 subjects, 32 clients through the balancer, {@code event} after 60 acknowledgements. */
  private static Map<String, JsonObject> stormThroughTheBalancer(
      RandomizedTrial trial, NodeEvent event) throws Exception {
    Storm storm = new Storm(trial, i -> cluster.balancer(), enroll(trial, 150, 150, 32), 60);
    ExecutorService pool = Executors.newFixedThreadPool(32);
    try {
      List<Future<?>> clients = storm.start(pool, 32, deadline(6));
      assertThat(storm.progress.await(3, TimeUnit.MINUTES)).as("storm under way").isTrue();
      // Counted before the event: a graceful stop returns only once the node is down, and by then
      // the other node may well have finished the queue.
      assertThat(storm.acknowledged.size()).as("the storm is still under way").isLessThan(300);
      event.happen();
      for (Future<?> client : clients) {
        client.get(7, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(storm.unexpected).isEmpty();
    assertThat(storm.refused).isEmpty();
    assertThat(storm.acknowledged).hasSize(300);
    return storm.acknowledged;
  }

  /** Screening numbers stay unique when one trial enrolls more than once. */
  private static final AtomicInteger SCREENING = new AtomicInteger();

  /** Enrolls subjects at OSK and KOB over both nodes; returns subject id → site. */
  private static Map<String, String> enroll(RandomizedTrial trial, int osk, int kob, int clients)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<String[]>> enrolled = new ArrayList<>();
      IntStream.range(0, osk + kob)
          .forEach(
              i -> {
                String site = i < osk ? "OSK" : "KOB";
                URL node = cluster.node(1 + i % 2);
                enrolled.add(
                    pool.submit(
                        () ->
                            new String[] {
                              trial
                                  .enroll(
                                      new Api(node).as("coordinator-" + site.toLowerCase()),
                                      RandomizedTrial.eligible(
                                          site, "C-" + SCREENING.incrementAndGet(), "R"))
                                  .getString("subjectId"),
                              site
                            }));
              });
      Map<String, String> siteOf = new HashMap<>();
      for (Future<String[]> subject : enrolled) {
        String[] s = subject.get(5, TimeUnit.MINUTES);
        siteOf.put(s[0], s[1]);
      }
      return siteOf;
    } finally {
      pool.shutdownNow();
    }
  }

  private static long deadline(int minutes) {
    return System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
  }

  private static HttpResponse<String> get(HttpClient browser, URI uri) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(HttpClient browser, URI uri, Map<String, String> form)
      throws Exception {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8)
                        + "="
                        + java.net.URLEncoder.encode(
                            e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
            .reduce((a, b) -> a + "&" + b)
            .orElse("");
    return browser.send(
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
