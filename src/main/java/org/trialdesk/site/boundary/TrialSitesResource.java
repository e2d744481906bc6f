package org.trialdesk.site.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.trialdesk.platform.error.InvalidInputException;
import org.trialdesk.platform.validation.ConstraintCheck;
import org.trialdesk.site.entity.TrialParticipation;
import org.trialdesk.trial.boundary.ParticipationDocument;

/** {@code /api/v1/trials/{trialCode}/sites}: which sites take part, their status and caps. */
@Path("trials/{trialCode}/sites")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrialSitesResource {

  @Inject ConstraintCheck check;
  @Inject ParticipationService participations;
  @Context UriInfo uriInfo;

  @PathParam("trialCode")
  String trialCode;

  @GET
  public List<ParticipationDocument> list() {
    return participations.ofTrial(trialCode).stream()
        .map(ParticipationDocuments::toDocument)
        .toList();
  }

  @GET
  @Path("{siteCode}")
  public ParticipationDocument read(@PathParam("siteCode") String siteCode) {
    return ParticipationDocuments.toDocument(participations.find(trialCode, siteCode));
  }

  @RolesAllowed("ADMINISTRATOR")
  @POST
  public Response add(ParticipationDocument doc) {
    check.require(doc);
    TrialParticipation p =
        participations.join(
            trialCode, "code", doc.code(), doc.statusOrDefault(), doc.cap(), doc.activatedOn());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(doc.code()).build())
        .entity(ParticipationDocuments.toDocument(p))
        .build();
  }

  @RolesAllowed("ADMINISTRATOR")
  @PUT
  @Path("{siteCode}")
  public ParticipationDocument update(
      @PathParam("siteCode") String siteCode, ParticipationDocument doc) {
    check.require(doc);
    if (!siteCode.equals(doc.code())) {
      throw new InvalidInputException("code", "participation.code.mismatch", siteCode);
    }
    return ParticipationDocuments.toDocument(
        participations.change(
            trialCode, siteCode, doc.statusOrDefault(), doc.cap(), doc.reasonForChange()));
  }
}
