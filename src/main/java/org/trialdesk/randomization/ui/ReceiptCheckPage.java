package org.trialdesk.randomization.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.FieldError;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.error.InvalidInputException;
import org.trialdesk.platform.ui.FacesMessages;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.platform.ui.UploadedText;
import org.trialdesk.randomization.boundary.Receipts;
import org.trialdesk.randomization.control.ReceiptLines;
import org.trialdesk.trial.entity.Trial;

/**
 * The monitor's receipt check: codes pasted one per line or uploaded as a text or CSV file, and per
 * code whether its record is present, missing or altered. Refused codes are named by their line.
 */
@Named
@ViewScoped
public class ReceiptCheckPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Receipts receipts;

  private String trialCode;
  private Trial trial;
  private String text;
  private transient Part file;
  private List<Receipts.Check> results = List.of();
  private List<FieldError> problems = List.of();

  public void load() {
    trial = PageParameters.found(() -> receipts.trialToCheck(trialCode));
  }

  public void check() {
    results = List.of();
    problems = List.of();
    List<ReceiptLines.Line> lines = new ArrayList<>(ReceiptLines.read(text));
    if (UploadedText.present(file)) {
      // A refused code is shown with its line number and its text, so both sources stay clear.
      lines.addAll(ReceiptLines.read(UploadedText.of(file)));
    }
    if (lines.isEmpty()) {
      FacesMessages.error(
          new InvalidInputException("codes", "receipt.check.none"), Map.of("codes", "check:codes"));
      return;
    }
    try {
      results = receipts.check(trialCode, lines.stream().map(ReceiptLines.Line::code).toList());
    } catch (InvalidFieldsException invalid) {
      problems =
          invalid.errors().stream()
              .map(e -> new FieldError(lineOf(lines, e.field()), e.message()))
              .toList();
      FacesMessages.error(
          new InvalidInputException(null, "receipt.check.rejected", problems.size()), Map.of());
    } catch (DomainException refused) {
      FacesMessages.error(refused, Map.of());
    }
  }

  /** "[3]" → the line the fourth code came from, with the code itself. */
  private static String lineOf(List<ReceiptLines.Line> lines, String field) {
    if (field == null || !field.matches("\\[\\d+]")) {
      return "";
    }
    ReceiptLines.Line line = lines.get(Integer.parseInt(field.substring(1, field.length() - 1)));
    return line.number() + ": " + line.code();
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

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public List<Receipts.Check> getResults() {
    return results;
  }

  public List<FieldError> getProblems() {
    return problems;
  }
}
