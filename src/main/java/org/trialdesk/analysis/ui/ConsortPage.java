package org.trialdesk.analysis.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.StreamedContent;
import org.trialdesk.analysis.boundary.ConsortFlow;
import org.trialdesk.analysis.control.Consort;
import org.trialdesk.analysis.control.ConsortDiagram;
import org.trialdesk.enrollment.boundary.EnrollmentService;
import org.trialdesk.platform.ui.Downloads;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.trial.entity.Trial;

/** The CONSORT flow diagram from live counts, and its SVG file. */
@Named
@ViewScoped
public class ConsortPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ConsortFlow consort;
  @Inject EnrollmentService enrollment;

  private String trialCode;
  private Consort.Flow flow;
  private Trial trial;

  public void load() {
    flow = PageParameters.found(() -> consort.of(trialCode));
    trial = flow == null ? null : enrollment.trialOf(trialCode);
  }

  /** Drawn when rendered: only then is the view's language the one the reader chose. */
  public String getSvg() {
    return ConsortDiagram.svg(
        flow,
        arm -> ReportText.arm(trial, arm),
        ReportText::reason,
        (key, arguments) -> ReportText.text(key, arguments));
  }

  public StreamedContent getDownload() {
    return Downloads.of("consort-" + trialCode + ".svg", "image/svg+xml", getSvg());
  }

  public String getTrialCode() {
    return trialCode;
  }

  public void setTrialCode(String trialCode) {
    this.trialCode = trialCode;
  }

  public Consort.Flow getFlow() {
    return flow;
  }
}
