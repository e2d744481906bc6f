package org.trialdesk.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import org.trialdesk.platform.persistence.DatabaseReady;

/** Tells whoever started the server where to point the browser, once everything else is ready. */
@ApplicationScoped
public class StartupBanner {

  private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

  void announce(@Observes @Priority(Integer.MAX_VALUE) DatabaseReady ready) {
    String port = System.getProperty("jboss.http.port", "8080");
    LOG.info(
        () ->
            "\n\n    TrialDesk is starting at http://localhost:"
                + port
                + "/   (API: /api/v1, OpenAPI: /openapi)\n");
  }
}
