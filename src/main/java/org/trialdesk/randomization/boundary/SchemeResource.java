package org.trialdesk.randomization.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.trialdesk.platform.error.NotFoundException;
import org.trialdesk.trial.boundary.SchemeDocument;

/**
 * {@code /api/v1/trials/{code}/randomization}: the trial's randomization scheme, for those who set
 * it up and audit it (sites would learn the block sizes from it).
 */
@Path("trials/{code}/randomization")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchemeResource {

  @Inject RandomizationSchemes schemes;

  @RolesAllowed({"ADMINISTRATOR", "MONITOR", "STATISTICIAN"})
  @GET
  public SchemeDocument scheme(@PathParam("code") String trialCode) {
    return schemes
        .schemeOf(trialCode)
        .orElseThrow(() -> new NotFoundException("randomization.noSchemeYet", trialCode));
  }

  @RolesAllowed("ADMINISTRATOR")
  @PUT
  public SchemeDocument configure(@PathParam("code") String trialCode, SchemeDocument doc) {
    return schemes.configure(trialCode, doc);
  }
}
