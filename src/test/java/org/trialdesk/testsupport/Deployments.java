package org.trialdesk.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
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
    return ShrinkWrap.create(WebArchive.class, NAME)
        .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war))
        .addPackages(true, Deployments.class.getPackage());
  }

  /** Codes unique to one test run, since the test database survives between runs. */
  public static String uniqueCode(String prefix) {
    return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
  }
}
