package org.trialdesk.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application as the build packaged it, at the root context as in production, with the test
 * support package added. Tests therefore exercise the real WAR (pages, REST, migrations, demo
 * data), not a hand-picked list of classes.
 */
public final class Deployments {

  private static final String NAME = "ROOT.war";

  private Deployments() {}

  public static WebArchive application() {
    File war = new File(System.getProperty("trialdesk.war", "target/trialdesk.war"));
    WebArchive archive =
        ShrinkWrap.create(WebArchive.class, NAME)
            .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war))
            .addPackages(true, Deployments.class.getPackage());
    return archive.setWebXML(new StringAsset(withTestRunnerOpen(archive)));
  }

  /** Arquillian's in-container runner is reached without logging in, like the login page. */
  private static String withTestRunnerOpen(WebArchive archive) {
    try (InputStream in = archive.get("WEB-INF/web.xml").getAsset().openStream()) {
      String webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String publicPattern = "<url-pattern>/login.xhtml</url-pattern>";
      if (!webXml.contains(publicPattern)) {
        throw new IllegalStateException("web.xml no longer has the public login page constraint");
      }
      return webXml.replace(
          publicPattern, publicPattern + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Codes unique to one test run, since the test database survives between runs. */
  public static String uniqueCode(String prefix) {
    // Always six characters: callers cut a prefix of it, and a short clock value once broke that.
    String suffix = Long.toString(Math.floorMod(System.nanoTime(), 1_000_000_000L), 36);
    return prefix + "0".repeat(6 - suffix.length()) + suffix.toUpperCase();
  }
}
