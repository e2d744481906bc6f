package org.trialdesk.cluster;

import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.RandomizedTrial;

/**
 * Many clients randomizing the subjects of one queue at once, client {@code i} talking to {@code
 * urls.apply(i)}. A 2xx answer is acknowledged; a 409 is a refusal the test may expect (a cap); no
 * answer at all, 502, 503 or 504 (a node stopping or gone, a balancer with no node) is retried,
 * because the client cannot know whether the server acted, exactly as a coordinator pressing the
 * button again; anything else, 500 included, is unexpected.
 */
final class Storm {

  final Map<String, JsonObject> acknowledged = new ConcurrentHashMap<>();
  final Map<String, String> refused = new ConcurrentHashMap<>();
  final List<String> unexpected = new java.util.concurrent.CopyOnWriteArrayList<>();
  final CountDownLatch progress;
  private final RandomizedTrial trial;
  private final IntFunction<URL> urls;
  private final Map<String, String> siteOf;

  Storm(RandomizedTrial trial, IntFunction<URL> urls, Map<String, String> siteOf, int mark) {
    this.trial = trial;
    this.urls = urls;
    this.siteOf = siteOf;
    this.progress = new CountDownLatch(mark);
  }

  /** Starts {@code clients} clients on {@code pool}; the futures end when the queue is empty. */
  List<Future<?>> start(ExecutorService pool, int clients, long deadlineNanos) {
    ConcurrentLinkedQueue<String> pending = new ConcurrentLinkedQueue<>(siteOf.keySet());
    List<Future<?>> running = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      URL url = urls.apply(i);
      running.add(pool.submit(() -> client(url, pending, deadlineNanos)));
    }
    return running;
  }

  private Void client(URL url, ConcurrentLinkedQueue<String> pending, long deadline)
      throws InterruptedException {
    for (String subject = pending.poll(); subject != null; subject = pending.poll()) {
      Api caller = new Api(url).as("coordinator-" + siteOf.get(subject).toLowerCase());
      while (true) {
        if (System.nanoTime() > deadline) {
          unexpected.add(subject + ": still not randomized at the deadline");
          return null;
        }
        Api.Reply reply;
        try {
          reply = trial.randomize(caller, subject);
        } catch (UncheckedIOException noAnswer) {
          TimeUnit.MILLISECONDS.sleep(200);
          continue;
        }
        if (reply.status() == 200 || reply.status() == 201) {
          acknowledged.put(subject, reply.object());
          progress.countDown();
          break;
        }
        if (reply.status() == 409) {
          refused.put(subject, reply.body());
          break;
        }
        boolean didNotAct = reply.status() == 502 || reply.status() == 503 || reply.status() == 504;
        if (!didNotAct) {
          unexpected.add(subject + ": " + reply);
          break;
        }
        TimeUnit.MILLISECONDS.sleep(200);
      }
    }
    return null;
  }
}
