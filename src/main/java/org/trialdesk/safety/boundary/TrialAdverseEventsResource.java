package org.trialdesk.safety.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /api/v1/trials/{code}/adverse-events}: the trial's events the caller may see, filtered by
 * site, grade, seriousness, term, arm (for those who may know arms) and overdue SAE reports.
 */
@Path("trials/{code}/adverse-events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TrialAdverseEventsResource {

  @Inject AdverseEventService events;
  @Inject AdverseEventDocuments documents;
  @Inject AdverseEventSearch search;

  @GET
  public List<AdverseEventDocument> list(
      @PathParam("code") String trialCode,
      @QueryParam("site") String site,
      @QueryParam("grade") Integer grade,
      @QueryParam("serious") Boolean serious,
      @QueryParam("term") String term,
      @QueryParam("arm") String arm,
      @QueryParam("overdue") @DefaultValue("false") boolean overdue,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("100") int max) {
    return search
        .page(
            trialCode,
            new AdverseEventSearch.Filter(site, grade, serious, term, arm, overdue),
            first,
            max)
        .stream()
        .map(documents::document)
        .toList();
  }
}
