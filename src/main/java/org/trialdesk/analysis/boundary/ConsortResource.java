package org.trialdesk.analysis.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.trialdesk.analysis.control.Consort;

/**
 * {@code /api/v1/trials/{code}/consort}: the CONSORT flow counts, for everyone who sees the trial
 * (site staff their own sites, arms only where they may know them). A root resource of its own: a
 * root at {@code trials/{code}} would take over every other path under a trial.
 */
@Path("trials/{code}/consort")
@RequestScoped
public class ConsortResource {

  @Inject ConsortFlow consort;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Consort.Flow consort(@PathParam("code") String trialCode) {
    return consort.of(trialCode);
  }
}
