package org.trialdesk.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.logging.Logger;
import org.trialdesk.platform.persistence.DatabaseReady;

/** Tells whoever started the server where to point the browser, once everything else is ready. */
@ApplicationScoped
public class StartupBanner {

  private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

  void announce(@Observes @Priority(Integer.MAX_VALUE) DatabaseReady ready) {
    LOG.info(
        () ->
            "\n\n    TrialDesk is starting at "
                + address()
                + "   (API: /api/v1, OpenAPI: /openapi)\n");
  }

  /**
   * The address the server listens on as a browser would use it: the bound host ({@code -b}, or
   * this machine's name when bound to every interface) and the HTTP port with the offset applied.
   */
  static String address() {
    String host = System.getProperty("jboss.bind.address", "localhost");
    if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
      try {
        host = InetAddress.getLocalHost().getHostName();
      } catch (UnknownHostException unnamed) {
        host = "localhost";
      }
    } else if (host.equals("127.0.0.1")) {
      host = "localhost";
    }
    int port =
        Integer.getInteger("jboss.http.port", 8080)
            + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    return "http://" + host + ":" + port + "/";
  }
}
