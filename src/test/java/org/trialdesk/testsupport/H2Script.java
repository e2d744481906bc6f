package org.trialdesk.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Reads a gzipped SQL script into the embedded database of a data folder, with the H2 tools of the
 * H2 the provisioned server runs (a process of its own: the tests do not put H2 on their class
 * path).
 */
public final class H2Script {

  private H2Script() {}

  /** Creates {@code dataDir}'s database from {@code script}. */
  public static void restore(Path script, Path dataDir) throws IOException, InterruptedException {
    run("org.h2.tools.RunScript", dataDir, script);
  }

  private static void run(String tool, Path dataDir, Path script)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-cp", h2Jar().toString(), tool));
    command.addAll(
        List.of("-url", "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("trialdesk")));
    command.addAll(List.of("-user", "sa", "-password", "sa"));
    command.addAll(List.of("-script", script.toAbsolutePath().toString()));
    command.addAll(List.of("-options", "compression", "gzip"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(tool + " failed: " + output);
    }
  }

  private static Path h2Jar() throws IOException {
    Path home = Path.of(System.getProperty("jboss.home", "target/server"));
    Path module = home.resolve("modules/system/layers/base/com/h2database/h2/main");
    try (Stream<Path> files = Files.list(module)) {
      return files
          .filter(f -> f.getFileName().toString().matches("h2-.*\\.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("No H2 in " + module));
    }
  }
}
