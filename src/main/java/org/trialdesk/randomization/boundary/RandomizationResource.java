package org.trialdesk.randomization.boundary;

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
import org.trialdesk.platform.validation.ConstraintCheck;

/**
 * One subject's randomization: {@code POST .../subjects/{subjectId}/randomization} randomizes
 * (idempotently), {@code GET} reads the assignment. Each resource under a trial has a root path of
 * its own: JAX-RS picks the root class first, so a shorter shared root would shadow the others.
 */
@Path("trials/{code}/subjects/{subjectId}/randomization")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RandomizationResource {

  @Inject RandomizationService randomization;
  @Inject Assignments assignments;
  @Inject ConstraintCheck check;

  /** 201 with the new assignment, or 200 with the one made before. */
  @RolesAllowed({"COORDINATOR", "INVESTIGATOR"})
  @POST
  @Transactional
  public Response randomize(
      @PathParam("code") String trialCode, @PathParam("subjectId") String subjectId) {
    RandomizationService.Outcome outcome = randomization.randomize(trialCode, subjectId);
    return Response.status(outcome.created() ? 201 : 200)
        .entity(assignments.document(outcome.allocation(), outcome.subject()))
        .build();
  }

  @GET
  @Transactional
  public AssignmentDocument assignment(
      @PathParam("code") String trialCode, @PathParam("subjectId") String subjectId) {
    return assignments.assignment(trialCode, subjectId);
  }
}
