package org.trialdesk.trial.boundary;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.trialdesk.platform.error.InvalidInputException;
import org.trialdesk.platform.i18n.SupportedLocales;
import org.trialdesk.platform.validation.ConstraintCheck;
import org.trialdesk.trial.control.RegimenFormatter;
import org.trialdesk.trial.entity.Arm;

/** {@code /api/v1/trials/{trialCode}/arms}: the arms of a trial with their regimens. */
@Path("trials/{trialCode}/arms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArmsResource {

  @Inject ConstraintCheck check;
  @Inject TrialService trials;
  @Inject RegimenVocabulary vocabulary;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  @PathParam("trialCode")
  String trialCode;

  @GET
  public List<ArmDocument> list() {
    RegimenFormatter formatter = formatter();
    return trials.find(trialCode).getArms().stream()
        .map(arm -> TrialDocuments.toDocument(arm, formatter))
        .toList();
  }

  @GET
  @Path("{armCode}")
  public ArmDocument read(@PathParam("armCode") String armCode) {
    return TrialDocuments.toDocument(trials.arm(trialCode, armCode), formatter());
  }

  @RolesAllowed("ADMINISTRATOR")
  @POST
  public Response add(ArmDocument doc) {
    check.require(doc);
    Arm arm = trials.saveArm(trialCode, TrialDocuments.toArm(doc), null);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(arm.getCode()).build())
        .entity(TrialDocuments.toDocument(arm, formatter()))
        .build();
  }

  @RolesAllowed("ADMINISTRATOR")
  @PUT
  @Path("{armCode}")
  public ArmDocument update(@PathParam("armCode") String armCode, ArmDocument doc) {
    check.require(doc);
    if (doc.code() != null && !doc.code().equals(armCode)) {
      throw new InvalidInputException("code", "arm.code.immutable", armCode);
    }
    Arm edited = trials.arm(trialCode, armCode);
    TrialDocuments.applyTo(edited, doc);
    return TrialDocuments.toDocument(
        trials.saveArm(trialCode, edited, doc.reasonForChange()), formatter());
  }

  private RegimenFormatter formatter() {
    return vocabulary.formatter(SupportedLocales.bestOf(headers.getAcceptableLanguages()));
  }
}
