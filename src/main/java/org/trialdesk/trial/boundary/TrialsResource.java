package org.trialdesk.trial.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trialdesk.platform.error.FieldError;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.error.InvalidInputException;
import org.trialdesk.platform.i18n.SupportedLocales;
import org.trialdesk.platform.persistence.PageRequest;
import org.trialdesk.platform.validation.ConstraintCheck;
import org.trialdesk.trial.entity.Trial;
import org.trialdesk.trial.entity.TrialStatus;

/**
 * {@code /api/v1/trials}: list, read, set up in one call, update, and move through the lifecycle.
 */
@Path("trials")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrialsResource {

  @Inject ConstraintCheck check;
  @Inject TrialService trials;
  @Inject SiteParticipations participations;
  @Inject SchemeConfiguration schemes;
  @Inject RegimenVocabulary vocabulary;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  @GET
  public List<TrialDocument> list(
      @QueryParam("status") String status,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("100") int max) {
    Map<String, String> filters = new HashMap<>();
    if (status != null) {
      filters.put("status", status);
    }
    return trials.page(new PageRequest(first, max, "code", true, filters)).stream()
        .map(this::document)
        .toList();
  }

  @GET
  @Path("{code}")
  public TrialDocument read(@PathParam("code") String code) {
    return document(trials.find(code));
  }

  /** Creates the trial with its arms, factors, criteria and participating sites, all or nothing. */
  @RolesAllowed("ADMINISTRATOR")
  @POST
  @Transactional
  public Response create(TrialDocument doc) {
    check.require(doc);
    Trial trial = trials.create(TrialDocuments.toTrial(doc));
    List<ParticipationDocument> sites = doc.sites() == null ? List.of() : doc.sites();
    for (int i = 0; i < sites.size(); i++) {
      participations.join(trial.getCode(), "sites[" + i + "].code", sites.get(i));
    }
    if (doc.randomization() != null) {
      try {
        schemes.configure(trial.getCode(), doc.randomization());
      } catch (InvalidFieldsException invalid) {
        throw new InvalidFieldsException(
            invalid.errors().stream()
                .map(e -> new FieldError("randomization." + e.field(), e.message()))
                .toList());
      }
    }
    return Response.created(uriInfo.getAbsolutePathBuilder().path(trial.getCode()).build())
        .entity(document(trial))
        .build();
  }

  /** Updates the trial's own fields, factors and criteria; arms and sites have their resources. */
  @RolesAllowed("ADMINISTRATOR")
  @PUT
  @Path("{code}")
  public TrialDocument update(@PathParam("code") String code, TrialDocument doc) {
    check.require(doc);
    if (doc.code() != null && !doc.code().equals(code)) {
      throw new InvalidInputException("code", "trial.code.immutable", code);
    }
    Trial edited = Trial.blank();
    edited.setCode(code);
    TrialDocuments.applyTo(edited, doc);
    return document(trials.update(edited, doc.reasonForChange()));
  }

  @RolesAllowed("ADMINISTRATOR")
  @POST
  @Path("{code}/status")
  public TrialDocument changeStatus(@PathParam("code") String code, StatusChangeDocument change) {
    check.require(change);
    return document(
        trials.changeStatus(code, TrialStatus.valueOf(change.status()), change.reasonForChange()));
  }

  private TrialDocument document(Trial trial) {
    return TrialDocuments.toDocument(
        trial,
        participations.ofTrial(trial.getCode()),
        schemes.schemeOf(trial.getCode()).orElse(null),
        vocabulary.formatter(SupportedLocales.bestOf(headers.getAcceptableLanguages())));
  }
}
