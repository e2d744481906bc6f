package org.trialdesk.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * {@code GET /health}, open to anyone and telling nothing but up or down: what a load balancer asks
 * before it sends users to this node. Up means the application is deployed and its database
 * answers; a node that is starting, stopping (the server answers 503 while it suspends) or cut off
 * from its database gets no new requests.
 */
@WebServlet("/health")
public class HealthCheck extends HttpServlet {

  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  private transient DataSource dataSource;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean up = databaseAnswers();
    response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("application/json");
    response.getWriter().write(up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
  }

  private boolean databaseAnswers() {
    try (var connection = dataSource.getConnection()) {
      return connection.isValid(TIMEOUT_SECONDS);
    } catch (SQLException | RuntimeException unreachable) {
      return false;
    }
  }
}
