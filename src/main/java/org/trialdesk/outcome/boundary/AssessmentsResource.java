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
import org.trialdesk.outcome.entity.TumourAssessment;
import org.trialdesk.platform.rest.ReasonRequest;

/**
 * {@code .../subjects/{subjectId}/assessments}: RECIST 1.1 assessments with their computed
 * responses, and the subject's best overall response.
 */
@Path("trials/{code}/subjects/{subjectId}/assessments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentsResource {

  @Inject Assessments assessments;
  @Inject SubjectOutcome outcome;

  @GET
  public SubjectOutcome.Responses list(
      @PathParam("code") String trialCode, @PathParam("subjectId") String subjectId) {
    return outcome.responses(trialCode, subjectId);
  }

  @RolesAllowed({"COORDINATOR", "INVESTIGATOR"})
  @POST
  @Transactional
  public Response record(
      @PathParam("code") String trialCode,
      @PathParam("subjectId") String subjectId,
      AssessmentDocument doc) {
    TumourAssessment recorded = assessments.record(trialCode, subjectId, doc);
    return Response.status(201).entity(outcome.document(trialCode, subjectId, recorded)).build();
  }

  @RolesAllowed("INVESTIGATOR")
  @POST
  @Path("{id}/override")
  @Transactional
  public AssessmentDocument override(
      @PathParam("code") String trialCode,
      @PathParam("subjectId") String subjectId,
      @PathParam("id") long id,
      OverrideRequest request) {
    return outcome.document(
        trialCode, subjectId, assessments.override(trialCode, subjectId, id, request));
  }

  @RolesAllowed({"COORDINATOR", "INVESTIGATOR"})
  @POST
  @Path("{id}/void")
  @Transactional
  public AssessmentDocument voidAssessment(
      @PathParam("code") String trialCode,
      @PathParam("subjectId") String subjectId,
      @PathParam("id") long id,
      ReasonRequest request) {
    return outcome.document(
        trialCode,
        subjectId,
        assessments.voidAssessment(trialCode, subjectId, id, ReasonRequest.of(request)));
  }
}
