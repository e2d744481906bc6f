package org.trialdesk.enrollment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trialdesk.platform.i18n.CallerLocale;
import org.trialdesk.platform.persistence.PageRequest;
import org.trialdesk.platform.validation.ConstraintCheck;

/**
 * {@code /api/v1/trials/{code}/subjects}: enroll in one call, list (the caller's sites only for
 * site staff), read one, and move one through its lifecycle.
 */
@Path("trials/{code}/subjects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// One transaction per request: the documents read the subject's trial criteria, loaded lazily.
@Transactional
public class SubjectsResource {

  @Inject EnrollmentService enrollment;
  @Inject ConstraintCheck check;
  @Inject CallerLocale locale;
  @Context UriInfo uriInfo;

  @GET
  public List<SubjectDocument> list(
      @PathParam("code") String trialCode,
      @QueryParam("site") String site,
      @QueryParam("status") String status,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("100") int max) {
    Map<String, String> filters = new HashMap<>();
    if (site != null) {
      filters.put("site.code", site);
    }
    if (status != null) {
      filters.put("status", status);
    }
    return enrollment
        .page(trialCode, new PageRequest(first, max, "subjectId", true, filters))
        .stream()
        .map(s -> SubjectDocument.of(s, locale.get()))
        .toList();
  }

  @RolesAllowed({"COORDINATOR", "INVESTIGATOR"})
  @POST
  public Response enroll(@PathParam("code") String trialCode, EnrollmentDocument doc) {
    SubjectDocument created = SubjectDocument.of(enrollment.enroll(trialCode, doc), locale.get());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(created.subjectId()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{subjectId}")
  public SubjectDocument read(
      @PathParam("code") String trialCode, @PathParam("subjectId") String subjectId) {
    return SubjectDocument.of(enrollment.find(trialCode, subjectId), locale.get());
  }

  @RolesAllowed({"COORDINATOR", "INVESTIGATOR"})
  @POST
  @Path("{subjectId}/status")
  public SubjectDocument changeStatus(
      @PathParam("code") String trialCode,
      @PathParam("subjectId") String subjectId,
      SubjectStatusChange change) {
    return SubjectDocument.of(enrollment.changeStatus(trialCode, subjectId, change), locale.get());
  }
}
