package org.trialdesk.randomization.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.FieldError;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.ui.FacesMessages;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.platform.ui.UploadedText;
import org.trialdesk.randomization.boundary.AllocationImport;
import org.trialdesk.security.ui.Rights;
import org.trialdesk.trial.boundary.TrialService;
import org.trialdesk.trial.entity.Trial;

/** The administrator's page for importing a trial's earlier allocations from a CSV file. */
@Named
@ViewScoped
public class AllocationImportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AllocationImport importer;
  @Inject TrialService trials;
  @Inject Rights rights;

  private String trialCode;
  private Trial trial;
  private transient Part file;
  private List<FieldError> problems = List.of();

  public void load() {
    if (!rights.pageAllowed(Capability.SET_UP)) {
      return;
    }
    trial = PageParameters.found(() -> trials.find(trialCode));
  }

  public void importFile() {
    problems = List.of();
    if (!UploadedText.present(file)) {
      FacesMessages.error(
          new org.trialdesk.platform.error.InvalidInputException("file", "import.noFile"),
          Map.of("file", "import:file"));
      return;
    }
    try {
      int imported = importer.importCsv(trialCode, UploadedText.of(file));
      FacesMessages.info("import.done", imported);
    } catch (InvalidFieldsException invalid) {
      problems = invalid.errors();
      FacesMessages.error(
          new org.trialdesk.platform.error.InvalidInputException(
              null, "import.rejected", invalid.errors().size()),
          Map.of());
    } catch (DomainException refused) {
      FacesMessages.error(refused, Map.of());
    }
  }

  /** The header line the file must start with, for this trial's factors. */
  public String getHeader() {
    StringBuilder header = new StringBuilder("subjectId,siteCode");
    trial.getFactors().stream()
        .filter(f -> !f.isSite())
        .forEach(f -> header.append(',').append(f.getCode()));
    return header.append(",arm,randomizedOn").toString();
  }

  public String getTrialCode() {
    return trialCode;
  }

  public void setTrialCode(String trialCode) {
    this.trialCode = trialCode;
  }

  public Trial getTrial() {
    return trial;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public List<FieldError> getProblems() {
    return problems;
  }
}
