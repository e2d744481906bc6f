package org.trialdesk.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The provisioned server (target/server) run as a process of its own, beside the Arquillian one:
 * its own port offset, its own copy of the standalone folder, its own data folder, the packaged WAR
 * deployed. Tests can kill it with SIGKILL and start it again on the same files, as a crash would.
 */
public final class ServerProcess implements AutoCloseable {

  /** What the copy leaves out: the running Arquillian server's state and the baked-in WAR. */
  private static final Set<String> NOT_COPIED =
      Set.of("data", "log", "tmp", "standalone_xml_history");

  private final Path home;
  private final Path base;
  private final Path data;
  private final Path log;
  private final int portOffset;
  private final Thread shutdownHook = new Thread(this::kill, "kill server process");
  private Process process;

  private ServerProcess(Path home, Path work, int portOffset) {
    this.home = home;
    this.base = work.resolve("standalone");
    this.data = work.resolve("data");
    this.log = work.resolve("server.out");
    this.portOffset = portOffset;
  }

  /** A fresh copy of the server's standalone folder under {@code work}, with an empty database. */
  public static ServerProcess prepare(Path work, int portOffset) throws IOException {
    Path home = Path.of(System.getProperty("jboss.home", "target/server")).toAbsolutePath();
    Path war = Path.of(System.getProperty("trialdesk.war", "target/trialdesk.war"));
    ServerProcess server = new ServerProcess(home, work.toAbsolutePath(), portOffset);
    deleteRecursively(work);
    copyConfiguration(home.resolve("standalone"), server.base);
    withoutDeployments(server.base.resolve("configuration").resolve("standalone.xml"));
    Files.createDirectories(server.data);
    Files.copy(war, server.base.resolve("deployments").resolve("ROOT.war"));
    return server;
  }

  /** The data folder of this copy: the embedded database and the receipt keys. */
  public Path dataDir() {
    return data;
  }

  public URL url() {
    try {
      return URI.create("http://localhost:" + (8080 + portOffset) + "/").toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Starts the server on the default database settings and the data folder of this copy. */
  public void start() throws IOException {
    start(Map.of());
  }

  /** Starts the server with {@code environment} added, e.g. another database's settings. */
  public void start(Map<String, String> environment) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
            home.resolve("bin").resolve("standalone.sh").toString(),
            "-Djboss.socket.binding.port-offset=" + portOffset,
            "-Djboss.server.base.dir=" + base);
    builder.environment().put("TRIALDESK_DATA_DIR", data.toString());
    // The default database URL is what is under test; JVM options come from standalone.conf.
    List.of(
            "TRIALDESK_DB_URL",
            "TRIALDESK_DB_DRIVER",
            "TRIALDESK_DB_USER",
            "TRIALDESK_DB_PASSWORD",
            "TRIALDESK_DB_OWNER_USER",
            "TRIALDESK_DB_OWNER_PASSWORD",
            "JAVA_OPTS",
            "LAUNCH_JBOSS_IN_BACKGROUND",
            "JBOSS_PIDFILE")
        .forEach(builder.environment()::remove);
    builder.environment().putAll(environment);
    builder
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    if (process == null) {
      Runtime.getRuntime().addShutdownHook(shutdownHook);
    }
    process = builder.start();
  }

  /** What the server has written to its console so far. */
  public String console() throws IOException {
    return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
  }

  /** Waits until the server says it has started, with or without errors. */
  public void awaitStarted(Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!console().matches("(?s).*WFLYSRV002[56].*")) {
      if (System.nanoTime() > deadline || !process.isAlive()) {
        throw new IllegalStateException("Server did not finish starting; see " + log);
      }
      TimeUnit.MILLISECONDS.sleep(250);
    }
  }

  /** Waits until the API answers an authenticated request (the application is deployed). */
  public void awaitReady(Duration timeout) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest probe =
        HttpRequest.newBuilder(URI.create(url() + "api/v1/trials?max=1"))
            .timeout(Duration.ofSeconds(20))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            ("admin:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Server process ended during start; see " + log);
      }
      try {
        if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      TimeUnit.MILLISECONDS.sleep(250);
    }
    throw new IllegalStateException("Server not ready after " + timeout + "; see " + log);
  }

  /**
   * SIGKILL to the JVM itself (a child of the start script) and to the script: no shutdown hook, no
   * flush, as in a power cut of the process.
   */
  public void kill() {
    if (process == null) {
      return;
    }
    List<ProcessHandle> tree = process.descendants().toList();
    tree.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    for (ProcessHandle handle : tree) {
      handle.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }
    process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
  }

  @Override
  public void close() {
    kill();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException | IllegalArgumentException alreadyShuttingDownOrNeverAdded) {
      // nothing left to undo
    }
  }

  /**
   * The copy deploys the WAR from its deployments folder only: a deployment the Arquillian server
   * holds at the moment of copying is in its standalone.xml and would be deployed twice.
   */
  private static void withoutDeployments(Path configuration) throws IOException {
    String xml = Files.readString(configuration);
    Files.writeString(configuration, xml.replaceAll("(?s)\\s*<deployments>.*?</deployments>", ""));
  }

  private static void copyConfiguration(Path from, Path to) throws IOException {
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes)
              throws IOException {
            if (!dir.equals(from) && NOT_COPIED.contains(dir.getFileName().toString())) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            Files.createDirectories(to.resolve(from.relativize(dir)));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            if (!file.getFileName().toString().startsWith("ROOT.war")) {
              Files.copy(
                  file, to.resolve(from.relativize(file)), StandardCopyOption.COPY_ATTRIBUTES);
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (var paths = Files.walk(path)) {
      paths
          .sorted((a, b) -> b.getNameCount() - a.getNameCount())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
