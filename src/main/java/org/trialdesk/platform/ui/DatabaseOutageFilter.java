package org.trialdesk.platform.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.trialdesk.platform.persistence.DatabaseOutage;

/**
 * A page request that failed because the database was out of reach gets the "try again" page with
 * 503 instead of the page for unexpected errors: its transaction was rolled back, nothing of it was
 * saved, and the same action will work once the database is back. (The API answers the same with a
 * 503 problem, in ProblemMapper.)
 */
@WebFilter(urlPatterns = "*.xhtml")
public class DatabaseOutageFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
        throw e;
      }
      response.reset();
      response.setHeader("Retry-After", "30");
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
  }
}
