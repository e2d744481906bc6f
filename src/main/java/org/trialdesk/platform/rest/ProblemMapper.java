package org.trialdesk.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.trialdesk.platform.error.ConflictException;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.FieldError;
import org.trialdesk.platform.error.ForbiddenException;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.error.NotFoundException;
import org.trialdesk.platform.error.UnmetConditionsException;
import org.trialdesk.platform.i18n.Messages;
import org.trialdesk.platform.i18n.SupportedLocales;
import org.trialdesk.platform.persistence.DatabaseOutage;

/**
 * Every failure of the API leaves as {@code application/problem+json}. The cause chain is searched
 * because the container wraps what the application threw (transactions, JSON-B, persistence); only
 * what nobody foresaw becomes a 500, and even that without a stack trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable thrown) {
    Locale locale =
        SupportedLocales.bestOf(headers == null ? List.of() : headers.getAcceptableLanguages());
    if (DatabaseOutage.causedBy(thrown)) {
      // Rolled back, nothing saved: the client may send the same request again.
      LOG.log(Level.WARNING, "Database out of reach behind the API: {0}", thrown.toString());
      Problem problem =
          problem(503, locale, Messages.format(locale, "problem.unavailable"), List.of());
      return Response.status(503)
          .header("Retry-After", "30")
          .type(Problem.MEDIA_TYPE)
          .entity(problem)
          .build();
    }
    Problem problem = problemFor(thrown, locale);
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  private Problem problemFor(Throwable thrown, Locale locale) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof DomainException domain) {
        return domainProblem(domain, locale);
      }
      if (cause instanceof InvalidFieldsException invalid) {
        return problem(
            400, locale, Messages.format(locale, "problem.validation"), invalid.errors());
      }
      if (cause instanceof jakarta.persistence.PessimisticLockException
          || cause instanceof jakarta.persistence.LockTimeoutException
          || cause instanceof org.hibernate.PessimisticLockException) {
        return problem(409, locale, Messages.format(locale, "problem.busy"), List.of());
      }
      if (cause instanceof org.hibernate.exception.DataException) {
        return problem(400, locale, Messages.format(locale, "problem.invalidData"), List.of());
      }
      if (cause instanceof OptimisticLockException
          || cause instanceof org.hibernate.exception.ConstraintViolationException) {
        return problem(409, locale, Messages.format(locale, "problem.concurrentChange"), List.of());
      }
      if (cause instanceof JsonbException
          || cause instanceof jakarta.json.JsonException
          || cause instanceof ProcessingException) {
        return problem(400, locale, Messages.format(locale, "problem.malformedJson"), List.of());
      }
      if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
        return problem(web.getResponse().getStatus(), locale, null, List.of());
      }
    }
    LOG.log(Level.SEVERE, "Unexpected failure behind the API", thrown);
    return problem(500, locale, Messages.format(locale, "problem.unexpected"), List.of());
  }

  private static Problem domainProblem(DomainException domain, Locale locale) {
    int status =
        domain instanceof NotFoundException
            ? 404
            : domain instanceof ConflictException
                ? 409
                : domain instanceof ForbiddenException ? 403 : 400;
    String message = Messages.format(locale, domain.messageKey(), domain.arguments());
    if (domain instanceof UnmetConditionsException unmet) {
      return unmetProblem(unmet, locale, message);
    }
    List<FieldError> errors =
        domain.field() == null ? List.of() : List.of(new FieldError(domain.field(), message));
    return problem(status, locale, message, errors);
  }

  /** Every unmet condition, both as an error of its field and with its code. */
  private static Problem unmetProblem(
      UnmetConditionsException unmet, Locale locale, String message) {
    List<Problem.Missing> missing =
        unmet.conditions().stream()
            .map(
                c ->
                    new Problem.Missing(
                        c.code(),
                        c.field(),
                        Messages.format(locale, c.messageKey(), c.arguments().toArray())))
            .toList();
    List<FieldError> errors = new ArrayList<>();
    errors.add(new FieldError(unmet.field(), message));
    missing.forEach(m -> errors.add(new FieldError(m.field(), m.message())));
    Problem plain = problem(409, locale, message, errors);
    return new Problem(
        plain.type(), plain.title(), plain.status(), plain.detail(), plain.errors(), missing);
  }

  private static Problem problem(
      int status, Locale locale, String detail, List<FieldError> errors) {
    String title = Messages.format(locale, "problem.title." + status);
    if (title.startsWith("problem.title.")) {
      title =
          Response.Status.fromStatusCode(status) == null
              ? String.valueOf(status)
              : Response.Status.fromStatusCode(status).getReasonPhrase();
    }
    return new Problem("about:blank", title, status, detail, errors);
  }
}
