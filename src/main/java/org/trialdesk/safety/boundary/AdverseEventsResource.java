package org.trialdesk.safety.boundary;

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
import org.trialdesk.audit.boundary.SignatureDocument;
import org.trialdesk.audit.boundary.SignatureRequest;
import org.trialdesk.audit.boundary.Signatures;
import org.trialdesk.platform.rest.ReasonRequest;
import org.trialdesk.safety.entity.AdverseEvent;

/**
 * {@code .../subjects/{subjectId}/adverse-events}: list, record, correct with a reason, void, and
 * an investigator's signature of a serious event, and the sponsor's expedited reports of a SUSAR.
 */
@Path("trials/{code}/subjects/{subjectId}/adverse-events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdverseEventsResource {

  @Inject AdverseEventService events;
  @Inject AdverseEventDocuments documents;
  @Inject ExpeditedReports expeditedReports;
  @Context UriInfo uriInfo;

  @GET
  public List<AdverseEventDocument> list(
      @PathParam("code") String trialCode, @PathParam("subjectId") String subjectId) {
    return events.ofSubject(trialCode, subjectId).stream().map(documents::document).toList();
  }

  @RolesAllowed({"COORDINATOR", "INVESTIGATOR"})
  @POST
  public Response create(
      @PathParam("code") String trialCode,
      @PathParam("subjectId") String subjectId,
      AdverseEventDocument doc) {
    AdverseEvent created = events.create(trialCode, subjectId, doc);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
        .entity(documents.document(created))
        .build();
  }

  @GET
  @Path("{id}")
  public AdverseEventDocument read(
      @PathParam("code") String trialCode,
      @PathParam("subjectId") String subjectId,
      @PathParam("id") long id) {
    return documents.document(events.find(trialCode, subjectId, id));
  }

  @RolesAllowed({"COORDINATOR", "INVESTIGATOR"})
  @PUT
  @Path("{id}")
  public AdverseEventDocument update(
      @PathParam("code") String trialCode,
      @PathParam("subjectId") String subjectId,
      @PathParam("id") long id,
      AdverseEventDocument doc) {
    return documents.document(events.update(trialCode, subjectId, id, doc));
  }

  @RolesAllowed({"COORDINATOR", "INVESTIGATOR"})
  @POST
  @Path("{id}/void")
  public AdverseEventDocument voidEvent(
      @PathParam("code") String trialCode,
      @PathParam("subjectId") String subjectId,
      @PathParam("id") long id,
      ReasonRequest request) {
    return documents.document(
        events.voidEvent(trialCode, subjectId, id, ReasonRequest.of(request)));
  }

  @RolesAllowed("INVESTIGATOR")
  @POST
  @Path("{id}/signature")
  public Response sign(
      @PathParam("code") String trialCode,
      @PathParam("subjectId") String subjectId,
      @PathParam("id") long id,
      SignatureRequest request) {
    Signatures.Shown signed = events.sign(trialCode, subjectId, id, SignatureRequest.of(request));
    return Response.status(Response.Status.CREATED).entity(SignatureDocument.of(signed)).build();
  }

  @RolesAllowed("ADMINISTRATOR")
  @POST
  @Path("{id}/expedited-reports")
  public AdverseEventDocument recordExpeditedReport(
      @PathParam("code") String trialCode,
      @PathParam("subjectId") String subjectId,
      @PathParam("id") long id,
      ExpeditedReportRequest request) {
    return documents.document(expeditedReports.record(trialCode, subjectId, id, request));
  }
}
