package org.trialdesk.platform.rest;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The body of every 401 (web.xml error page): the container answers a refused API login itself, and
 * this makes that answer the same problem document the rest of the API gives. Pages never get a
 * 401; they are sent to the login page.
 */
@WebServlet("/problem/unauthorized")
public class UnauthorizedProblem extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"Log in with a valid username and password.\",\"errors\":[]}");
  }
}
