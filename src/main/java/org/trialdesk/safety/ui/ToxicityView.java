package org.trialdesk.safety.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.trialdesk.platform.ui.Downloads;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.safety.boundary.ToxicityAnalysis;
import org.trialdesk.safety.control.ToxicityCsv;
import org.trialdesk.safety.control.ToxicityTable;

/** The toxicity table of a trial per arm, with its CSV download. */
@Named
@ViewScoped
public class ToxicityView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ToxicityAnalysis toxicity;

  private String trialCode;
  private List<ToxicityTable.Row> rows;

  public void load() {
    rows = PageParameters.found(() -> toxicity.of(trialCode));
  }

  public StreamedContent getCsv() {
    return Downloads.csv("toxicity-" + trialCode + ".csv", ToxicityCsv.of(rows));
  }

  public String getTrialCode() {
    return trialCode;
  }

  public void setTrialCode(String trialCode) {
    this.trialCode = trialCode;
  }

  public List<ToxicityTable.Row> getRows() {
    return rows;
  }
}
