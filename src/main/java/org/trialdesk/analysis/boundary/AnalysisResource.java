package org.trialdesk.analysis.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /api/v1/trials/{code}/analysis/...}: survival, response and the analysis data set (JSON,
 * or CSV with {@code Accept: text/csv}); the CONSORT counts are {@link ConsortResource}'s. Everyone
 * who sees the trial may ask; site staff get their own sites' subjects, and arms only where they
 * may know them.
 */
@Path("trials/{code}/analysis")
@RequestScoped
public class AnalysisResource {

  @Inject SurvivalAnalysis survival;
  @Inject ResponseAnalysis response;
  @Inject AnalysisData data;

  @GET
  @Path("survival")
  @Produces(MediaType.APPLICATION_JSON)
  public SurvivalAnalysis.Result survival(
      @PathParam("code") String trialCode,
      @QueryParam("endpoint") String endpoint,
      @QueryParam("unit") String unit) {
    return survival.of(trialCode, endpoint, unit);
  }

  @GET
  @Path("response")
  @Produces(MediaType.APPLICATION_JSON)
  public ResponseAnalysis.Result response(
      @PathParam("code") String trialCode, @QueryParam("method") String method) {
    return response.of(trialCode, method);
  }

  @GET
  @Path("data-set")
  @Produces(MediaType.APPLICATION_JSON)
  public List<AnalysisData.Row> dataSet(@PathParam("code") String trialCode) {
    return data.of(trialCode).rows();
  }

  @GET
  @Path("data-set")
  @Produces("text/csv")
  public String dataSetCsv(@PathParam("code") String trialCode) {
    return AnalysisCsv.dataSet(data.of(trialCode));
  }
}
