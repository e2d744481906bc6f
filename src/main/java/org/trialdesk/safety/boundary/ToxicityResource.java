package org.trialdesk.safety.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.trialdesk.safety.control.ToxicityCsv;
import org.trialdesk.safety.control.ToxicityTable;

/**
 * {@code /api/v1/trials/{code}/analysis/adverse-events}: the toxicity table per arm, as JSON or,
 * with {@code Accept: text/csv}, as a CSV file for spreadsheets.
 */
@Path("trials/{code}/analysis/adverse-events")
@RequestScoped
public class ToxicityResource {

  @Inject ToxicityAnalysis toxicity;

  @RolesAllowed({"ADMINISTRATOR", "MONITOR", "STATISTICIAN"})
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<ToxicityTable.Row> table(@PathParam("code") String trialCode) {
    return toxicity.of(trialCode);
  }

  @RolesAllowed({"ADMINISTRATOR", "MONITOR", "STATISTICIAN"})
  @GET
  @Produces("text/csv")
  public String csv(@PathParam("code") String trialCode) {
    return ToxicityCsv.of(toxicity.of(trialCode));
  }
}
