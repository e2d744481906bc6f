package org.trialdesk.trial.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.i18n.Messages;
import org.trialdesk.platform.ui.FacesMessages;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.trial.boundary.TrialOpening;
import org.trialdesk.trial.boundary.TrialService;
import org.trialdesk.trial.control.TrialReadiness;
import org.trialdesk.trial.control.TrialReadiness.Step;
import org.trialdesk.trial.entity.ParticipationStatus;
import org.trialdesk.trial.entity.TrialStatus;

/**
 * The guided set-up of a trial: the five steps in the order an administrator takes them, each with
 * what it still lacks and a link to the page that edits it, and opening for recruitment at the end
 * once nothing is missing. The steps are edited on their own pages; this page only reads them, so
 * it cannot drift from what those pages (and the API) refuse.
 */
@Named
@ViewScoped
public class TrialSetup implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The page that edits each step, and the parameter naming the trial there. */
  private static final Map<Step, String> EDITORS =
      Map.of(
          Step.ARMS, "/trial/arm",
          Step.FACTORS, "/trial/edit",
          Step.CRITERIA, "/trial/edit",
          Step.SITES, "/trial/sites",
          Step.SCHEME, "/trial/randomization");

  @Inject TrialService trials;

  private String code;
  private TrialOpening.SetupState state;

  @NotBlank
  @Size(max = 1000)
  private String reasonForChange;

  /** View action: loads the set-up of the trial named by the {@code code} parameter. */
  public void load() {
    state = PageParameters.found(() -> trials.setupState(code));
  }

  /** Opens the trial for recruitment; refused with every missing item listed next to the action. */
  public String open() {
    try {
      trials.changeStatus(code, TrialStatus.RECRUITING, reasonForChange);
    } catch (DomainException | InvalidFieldsException refused) {
      FacesMessages.error(
          refused, Map.of("status", "open:missing", "reasonForChange", "open:reason"));
      state = trials.setupState(code);
      return null;
    }
    FacesMessages.info("trial.status.changed", code);
    return "/trial/view?faces-redirect=true&code=" + code;
  }

  public List<Step> getSteps() {
    return List.of(Step.values());
  }

  /** What a step lacks, in the page's language; empty when it is done. */
  public List<String> missingOf(Step step) {
    return TrialReadiness.of(step, state.missing()).stream()
        .map(m -> text(m.key(), m.arguments().toArray()))
        .toList();
  }

  /** What a step holds now, e.g. "2 arm(s)" or "1 of 3 site(s) active". */
  public String summaryOf(Step step) {
    var trial = state.trial();
    return switch (step) {
      case ARMS -> text("setup.count.ARMS", trial.getArms().size());
      case FACTORS -> text("setup.count.FACTORS", trial.getFactors().size());
      case CRITERIA -> text("setup.count.CRITERIA", trial.getCriteria().size());
      case SITES ->
          text(
              "setup.count.SITES",
              state.sites().stream()
                  .filter(s -> s.statusOrDefault() == ParticipationStatus.ACTIVE)
                  .count(),
              state.sites().size());
      case SCHEME ->
          state.scheme() == null
              ? ""
              : text(
                  "setup.count.SCHEME",
                  text("enum.RandomizationMethod." + state.scheme().method()));
    };
  }

  /** Whether the step needs nothing more; stratification factors are optional. */
  public boolean done(Step step) {
    return missingOf(step).isEmpty();
  }

  public String editorOf(Step step) {
    return EDITORS.get(step);
  }

  /** The arm page names its trial by {@code trial}, the others by {@code code}. */
  public String parameterOf(Step step) {
    return step == Step.ARMS ? "trial" : "code";
  }

  public boolean isReady() {
    return state.missing().isEmpty();
  }

  public boolean isDraft() {
    return state.trial().getStatus() == TrialStatus.DRAFT;
  }

  public TrialOpening.SetupState getState() {
    return state;
  }

  private static String text(String key, Object... arguments) {
    return Messages.format(
        FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getReasonForChange() {
    return reasonForChange;
  }

  public void setReasonForChange(String reasonForChange) {
    this.reasonForChange = reasonForChange;
  }
}
