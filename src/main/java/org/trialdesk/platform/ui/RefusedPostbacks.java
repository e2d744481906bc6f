package org.trialdesk.platform.ui;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.primefaces.csp.CspException;

/**
 * A form post the server cannot take as it is answers 400 with a page that explains it and links
 * back, instead of a server error: a view state the session does not have (expired, made up or
 * another session's — it is the form's protection against forged requests) and a missing or foreign
 * CSP nonce. 400 rather than 403, because nothing is judged about the user's rights: the request
 * refers to a page state that does not exist here, and opening the page again is the fix.
 *
 * <p>The page is rendered by a fresh GET of the error view: the refused post's parameters (its view
 * state, its nonce) must not reach it, or Faces would try to restore them again.
 */
@WebFilter(
    servletNames = "Faces Servlet",
    dispatcherTypes = {DispatcherType.REQUEST})
public class RefusedPostbacks extends HttpFilter {

  /** The address of the page the refused post came from, for the error page's link back. */
  public static final String BACK = "org.trialdesk.refusedPostback.back";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException failure) {
      String page = pageFor(failure);
      if (page == null || response.isCommitted()) {
        throw failure;
      }
      response.reset();
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      String query = request.getQueryString();
      request.setAttribute(BACK, request.getRequestURI() + (query == null ? "" : "?" + query));
      request.getRequestDispatcher(page).forward(new FreshGet(request), response);
    }
  }

  private static String pageFor(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ViewExpiredException) {
        return "/error/expired.xhtml";
      }
      if (cause instanceof CspException) {
        return "/error/bad-request.xhtml";
      }
    }
    return null;
  }

  /** The same request as a plain GET without parameters, so the error view is built afresh. */
  private static final class FreshGet extends HttpServletRequestWrapper {

    FreshGet(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }

    @Override
    public String getHeader(String name) {
      return "Faces-Request".equalsIgnoreCase(name) ? null : super.getHeader(name);
    }

    @Override
    public String getContentType() {
      return null;
    }
  }
}
