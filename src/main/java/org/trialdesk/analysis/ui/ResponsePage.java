package org.trialdesk.analysis.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.trialdesk.analysis.boundary.ResponseAnalysis;
import org.trialdesk.analysis.control.ReportCharts;
import org.trialdesk.enrollment.boundary.EnrollmentService;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.trial.entity.Trial;

/** Best overall responses per arm with the response rate and its interval, and the waterfall. */
@Named
@ViewScoped
public class ResponsePage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final List<String> BY_RESPONSE = List.of("CR", "PR", "SD", "PD", "NE");

  @Inject ResponseAnalysis response;
  @Inject EnrollmentService enrollment;

  private String trialCode;
  private ResponseAnalysis.Result result;
  private Trial trial;

  public void load() {
    result = PageParameters.found(() -> response.of(trialCode, null));
    trial = result == null ? null : enrollment.trialOf(trialCode);
  }

  public String armName(String code) {
    return ReportText.arm(trial, code);
  }

  /** Each subject's deepest change, coloured by best response (see the legend under it). */
  public String getWaterfall() {
    return ReportCharts.waterfall(
        result.waterfall().stream().map(ResponseAnalysis.Bar::subjectId).toList(),
        result.waterfall().stream().map(ResponseAnalysis.Bar::bestChange).toList(),
        result.waterfall().stream().map(b -> colourOf(b.bestResponse())).toList(),
        ReportText.text("response.bestChange"));
  }

  public String colourOf(String bestResponse) {
    return ReportCharts.colour(BY_RESPONSE.indexOf(bestResponse));
  }

  public List<String> getResponses() {
    return BY_RESPONSE;
  }

  public String getTrialCode() {
    return trialCode;
  }

  public void setTrialCode(String trialCode) {
    this.trialCode = trialCode;
  }

  public ResponseAnalysis.Result getResult() {
    return result;
  }
}
