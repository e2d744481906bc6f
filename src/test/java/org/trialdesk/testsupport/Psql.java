package org.trialdesk.testsupport;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * psql as the superuser of the PostgreSQL test tier's throwaway cluster (which trusts local
 * connections), for what a test must do beside the application: make a database, look at sessions,
 * hold a lock.
 */
public final class Psql {

  private Psql() {}

  /** The command line of psql on {@code database}, followed by {@code arguments}. */
  public static String[] command(String database, String... arguments) {
    String url = System.getProperty("trialdesk.it.pg.url");
    String hostPort = url.replaceFirst("^jdbc:postgresql://([^/]+)/.*$", "$1");
    List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-U", "postgres"));
    command.addAll(List.of("-h", hostPort.substring(0, hostPort.indexOf(':'))));
    command.addAll(List.of("-p", hostPort.substring(hostPort.indexOf(':') + 1)));
    command.addAll(List.of("-d", database, "-v", "ON_ERROR_STOP=1"));
    command.addAll(List.of(arguments));
    return command.toArray(String[]::new);
  }

  /** The value {@code sql} selects on the tests' database (unaligned, tuples only). */
  public static String value(String sql) throws IOException, InterruptedException {
    String database = System.getProperty("trialdesk.it.pg.url").replaceFirst("^.*/", "");
    Process process =
        new ProcessBuilder(command(database, "-tAc", sql)).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(sql + ": " + output);
    }
    return output.strip();
  }

  /** An open psql session on the tests' database; statements run as they are sent. */
  public static Session session() throws IOException {
    String database = System.getProperty("trialdesk.it.pg.url").replaceFirst("^.*/", "");
    return new Session(new ProcessBuilder(command(database)).redirectErrorStream(true).start());
  }

  public static final class Session implements AutoCloseable {
    private final Process process;
    private final Writer input;

    private Session(Process process) {
      this.process = process;
      this.input = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    }

    public void send(String sql) throws IOException {
      input.write(sql + "\n");
      input.flush();
    }

    @Override
    public void close() throws IOException, InterruptedException {
      try {
        send("\\q");
        input.close();
        process.waitFor(30, TimeUnit.SECONDS);
      } finally {
        process.destroyForcibly();
      }
    }
  }
}
