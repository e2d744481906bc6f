package org.trialdesk.randomization.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.trialdesk.platform.validation.ConstraintCheck;

/**
 * {@code POST .../subjects/{subjectId}/unblinding}: emergency unblinding of one subject by an
 * investigator of its site, with a reason and the password entered again.
 */
@Path("trials/{code}/subjects/{subjectId}/unblinding")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnblindingResource {

  @Inject Unblindings unblinding;
  @Inject ConstraintCheck check;

  /** The request body of an emergency unblinding. */
  public record UnblindingRequest(@Size(max = 1000) String reason, String password) {}

  @RolesAllowed("INVESTIGATOR")
  @POST
  @Transactional
  public AssignmentDocument unblind(
      @PathParam("code") String trialCode,
      @PathParam("subjectId") String subjectId,
      UnblindingRequest request) {
    check.require(request);
    return unblinding.unblind(trialCode, subjectId, request.reason(), request.password());
  }
}
