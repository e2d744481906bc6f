package org.trialdesk.testsupport;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The two-node cluster of {@code scripts/cluster.sh}, driven through that script as an operator
 * would: nodes on ports 8180 and 8280, the balancer on 8000, files under target/cluster-it. The
 * database is the one the test tier runs on (the TRIALDESK_DB_* settings the tests inherit).
 */
public final class Cluster implements AutoCloseable {

  private static final Path DIR = Path.of("target", "cluster-it").toAbsolutePath();

  private Cluster() {}

  public static Cluster up() throws IOException, InterruptedException {
    Cluster cluster = new Cluster();
    cluster.script("up");
    return cluster;
  }

  public URL balancer() {
    return url(8000);
  }

  public URL node(int n) {
    return url(8080 + 100 * n);
  }

  /** SIGKILL to node {@code n}'s JVM: no shutdown, as in a crash. */
  public void killNode(int n) throws IOException, InterruptedException {
    script("kill-node", String.valueOf(n));
  }

  /** Stops node {@code n} gracefully (requests under way finish). */
  public void stopNode(int n) throws IOException, InterruptedException {
    script("stop-node", String.valueOf(n));
  }

  /** Starts node {@code n} again and waits until it is healthy. */
  public void startNode(int n) throws IOException, InterruptedException {
    script("start-node", String.valueOf(n));
  }

  @Override
  public void close() throws IOException, InterruptedException {
    script("down");
  }

  private void script(String... arguments) throws IOException, InterruptedException {
    String[] command = new String[arguments.length + 1];
    command[0] = "scripts/cluster.sh";
    System.arraycopy(arguments, 0, command, 1, arguments.length);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("TRIALDESK_CLUSTER_DIR", DIR.toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(6, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
    }
  }

  private static URL url(int port) {
    try {
      return URI.create("http://127.0.0.1:" + port + "/").toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
