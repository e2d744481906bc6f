package org.trialdesk.outcome.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.trialdesk.platform.rest.ReasonRequest;

/** {@code .../subjects/{subjectId}/follow-ups}: contacts, vital status, death, recurrence. */
@Path("trials/{code}/subjects/{subjectId}/follow-ups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FollowUpsResource {

  @Inject FollowUps followUps;

  @GET
  public List<FollowUpDocument> list(
      @PathParam("code") String trialCode, @PathParam("subjectId") String subjectId) {
    return followUps.documents(trialCode, subjectId);
  }

  @RolesAllowed({"COORDINATOR", "INVESTIGATOR"})
  @POST
  @Transactional
  public Response record(
      @PathParam("code") String trialCode,
      @PathParam("subjectId") String subjectId,
      FollowUpDocument doc) {
    return Response.status(201)
        .entity(FollowUps.document(followUps.record(trialCode, subjectId, doc)))
        .build();
  }

  @RolesAllowed({"COORDINATOR", "INVESTIGATOR"})
  @POST
  @Path("{id}/void")
  @Transactional
  public FollowUpDocument voidFollowUp(
      @PathParam("code") String trialCode,
      @PathParam("subjectId") String subjectId,
      @PathParam("id") long id,
      ReasonRequest request) {
    return FollowUps.document(
        followUps.voidFollowUp(trialCode, subjectId, id, ReasonRequest.of(request)));
  }
}
