package org.trialdesk.safety.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.FieldError;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.ui.FacesMessages;
import org.trialdesk.safety.boundary.CtcaeDictionary;

/**
 * The administrator's page for importing NCI's CTCAE term list, English or bilingual (upload with a
 * progress bar).
 */
@Named
@ViewScoped
public class CtcaeImportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CtcaeDictionary dictionary;

  private List<FieldError> problems = List.of();

  public void upload(FileUploadEvent event) {
    problems = List.of();
    try {
      CtcaeDictionary.ImportSummary summary = dictionary.importFile(event.getFile().getContent());
      FacesMessages.info(
          "ctcae.imported", summary.terms(), summary.socs(), summary.added(), summary.updated());
      if (summary.japanese() > 0) {
        FacesMessages.info("ctcae.importedJapanese", summary.japanese());
      }
    } catch (InvalidFieldsException invalid) {
      problems = invalid.errors();
      FacesMessages.error(
          new org.trialdesk.platform.error.InvalidInputException(
              null, "ctcae.rejected", invalid.errors().size()),
          Map.of());
    } catch (DomainException refused) {
      FacesMessages.error(refused, Map.of());
    }
  }

  public long getTerms() {
    return dictionary.count();
  }

  public long getJapanese() {
    return dictionary.japaneseCount();
  }

  public long getSocs() {
    return dictionary.socCount();
  }

  public List<FieldError> getProblems() {
    return problems;
  }
}
