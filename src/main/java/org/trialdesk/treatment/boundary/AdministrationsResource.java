package org.trialdesk.treatment.boundary;

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
import org.trialdesk.enrollment.boundary.EnrollmentService;
import org.trialdesk.platform.rest.ReasonRequest;
import org.trialdesk.treatment.entity.Administration;

/** {@code .../subjects/{subjectId}/administrations}: the doses given, planned beside given. */
@Path("trials/{code}/subjects/{subjectId}/administrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdministrationsResource {

  @Inject TreatmentService treatment;
  @Inject EnrollmentService enrollment;

  @GET
  public List<AdministrationDocument> list(
      @PathParam("code") String trialCode, @PathParam("subjectId") String subjectId) {
    return treatment.of(trialCode, subjectId);
  }

  @RolesAllowed({"COORDINATOR", "INVESTIGATOR"})
  @POST
  @Transactional
  public Response record(
      @PathParam("code") String trialCode,
      @PathParam("subjectId") String subjectId,
      AdministrationDocument doc) {
    Administration given = treatment.record(trialCode, subjectId, doc);
    return Response.status(201)
        .entity(treatment.document(enrollment.find(trialCode, subjectId), given))
        .build();
  }

  @RolesAllowed({"COORDINATOR", "INVESTIGATOR"})
  @POST
  @Path("{id}/void")
  @Transactional
  public AdministrationDocument voidDose(
      @PathParam("code") String trialCode,
      @PathParam("subjectId") String subjectId,
      @PathParam("id") long id,
      ReasonRequest request) {
    Administration voided = treatment.voidDose(trialCode, subjectId, id, ReasonRequest.of(request));
    return treatment.document(trialCode, subjectId, voided);
  }
}
