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
import org.trialdesk.analysis.control.Consort;

/**
 * {@code /api/v1/trials/{code}/analysis/...} and {@code .../consort}: survival, response, the
 * analysis data set (JSON, or CSV with {@code Accept: text/csv}) and the CONSORT counts. Everyone
 * who sees the trial may ask; site staff get their own sites' subjects, and arms only where they
 * may know them.
 */
@Path("trials/{code}")
@RequestScoped
public class AnalysisResource {

  @Inject SurvivalAnalysis survival;
  @Inject ResponseAnalysis response;
  @Inject AnalysisData data;
  @Inject ConsortFlow consort;

  @GET
  @Path("analysis/survival")
  @Produces(MediaType.APPLICATION_JSON)
  public SurvivalAnalysis.Result survival(
      @PathParam("code") String trialCode,
      @QueryParam("endpoint") String endpoint,
      @QueryParam("unit") String unit) {
    return survival.of(trialCode, endpoint, unit);
  }

  @GET
  @Path("analysis/response")
  @Produces(MediaType.APPLICATION_JSON)
  public ResponseAnalysis.Result response(
      @PathParam("code") String trialCode, @QueryParam("method") String method) {
    return response.of(trialCode, method);
  }

  @GET
  @Path("analysis/data-set")
  @Produces(MediaType.APPLICATION_JSON)
  public List<AnalysisData.Row> dataSet(@PathParam("code") String trialCode) {
    return data.of(trialCode).rows();
  }

  @GET
  @Path("analysis/data-set")
  @Produces("text/csv")
  public String dataSetCsv(@PathParam("code") String trialCode) {
    return AnalysisCsv.dataSet(data.of(trialCode));
  }

  @GET
  @Path("consort")
  @Produces(MediaType.APPLICATION_JSON)
  public Consort.Flow consort(@PathParam("code") String trialCode) {
    return consort.of(trialCode);
  }
}
