package org.trialdesk.trial.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.trialdesk.platform.i18n.SupportedLocales;
import org.trialdesk.platform.validation.ConstraintCheck;
import org.trialdesk.trial.control.RegimenTerms;
import org.trialdesk.trial.entity.RegimenTermKind;

/**
 * {@code /api/v1/regimen-terms}: the routes, units and schedules regimen lines may name; every
 * signed-in user reads them, administrators add to them.
 */
@Path("regimen-terms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegimenTermsResource {

  @Inject RegimenVocabulary vocabulary;
  @Inject ConstraintCheck check;
  @Context HttpHeaders headers;

  @GET
  public List<RegimenTermDocument> list() {
    RegimenTerms terms = vocabulary.terms();
    Locale locale = locale();
    return Arrays.stream(RegimenTermKind.values())
        .flatMap(kind -> terms.of(kind).stream())
        .map(term -> RegimenTermDocument.of(term, locale))
        .toList();
  }

  @RolesAllowed("ADMINISTRATOR")
  @POST
  public Response add(RegimenTermDocument doc) {
    check.require(doc);
    return Response.status(Response.Status.CREATED)
        .entity(RegimenTermDocument.of(vocabulary.add(doc.toTerm()), locale()))
        .build();
  }

  private Locale locale() {
    return SupportedLocales.bestOf(headers.getAcceptableLanguages());
  }
}
