package org.trialdesk.randomization.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trialdesk.enrollment.control.EligibilityCheck;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.ui.FacesMessages;
import org.trialdesk.platform.ui.KeepsTypedInput;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.platform.validation.ConstraintCheck;
import org.trialdesk.randomization.boundary.Confirmation;
import org.trialdesk.randomization.boundary.RandomizationService;
import org.trialdesk.randomization.boundary.Receipts;
import org.trialdesk.security.boundary.CurrentUser;
import org.trialdesk.security.ui.Rights;
import org.trialdesk.site.boundary.ParticipationService;
import org.trialdesk.site.entity.Site;
import org.trialdesk.site.entity.TrialParticipation;
import org.trialdesk.trial.boundary.TrialService;
import org.trialdesk.trial.entity.StratificationFactor;
import org.trialdesk.trial.entity.Trial;

/**
 * The enrollment wizard: register → eligibility → consent → factors → confirm → result. Each step
 * checks its own fields; confirming registers the subject and randomizes at once, and a failed
 * criterion ends the walk as a screen failure instead.
 */
@Named
@ViewScoped
public class EnrollmentWizard implements Serializable, KeepsTypedInput {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS =
      Map.of("birthYear", "wizard:birthYear", "consent.signedOn", "wizard:consentDate");

  @Inject TrialService trials;
  @Inject Rights rights;
  @Inject ParticipationService participations;
  @Inject RandomizationService randomization;
  @Inject CurrentUser caller;
  @Inject Receipts receipts;
  @Inject ConstraintCheck check;
  @Inject Clock clock;

  private String trialCode;
  private Trial trial;
  private List<String> sites;
  private final HashMap<String, Site> ownSites = new HashMap<>();
  private WizardStep step = WizardStep.REGISTER;

  private final EnrollmentForm form = new EnrollmentForm();
  private Subject subject;
  private Confirmation confirmation;

  public void load() {
    if (!rights.pageAllowed(Capability.RECORD_SUBJECT_DATA)) {
      return;
    }
    trial = PageParameters.found(() -> trials.find(trialCode));
    if (trial == null) {
      return;
    }
    List<TrialParticipation> own =
        participations.ofTrial(trialCode).stream()
            .filter(TrialParticipation::isActive)
            .filter(p -> caller.sites().contains(p.getSite().getCode()))
            .toList();
    own.forEach(p -> ownSites.put(p.getSite().getCode(), p.getSite()));
    sites = own.stream().map(p -> p.getSite().getCode()).toList();
    if (sites.size() == 1) {
      form.setSiteCode(sites.get(0));
    }
  }

  /** Leaves the step once its fields keep the rules, so a 2030 birth year is caught at once. */
  public void next() {
    try {
      check.refuse(StepRules.refusals(step, form, trial, Year.now(clock), getToday()));
    } catch (InvalidFieldsException refused) {
      FacesMessages.error(refused, FIELDS);
      return;
    }
    step = step.next(eligibility().screenFailure(), !factors().isEmpty());
  }

  public void back() {
    step = step.back(eligibility().screenFailure(), !factors().isEmpty());
  }

  /** Registers the subject and, when eligible, randomizes it. */
  public void confirm() {
    try {
      RandomizationService.Enrolled enrolled =
          randomization.enrollAndRandomize(trialCode, form.document(eligibility().screenFailure()));
      subject = enrolled.subject();
      confirmation =
          enrolled.assignment() == null
              ? null
              : receipts.confirmation(trialCode, subject.getSubjectId());
    } catch (DomainException | InvalidFieldsException refused) {
      FacesMessages.error(refused, Map.of());
      return;
    }
    step = WizardStep.RESULT;
  }

  private EligibilityCheck.Outcome eligibility() {
    return form.eligibility(trial.getCriteria());
  }

  public boolean isScreenFailure() {
    return eligibility().screenFailure();
  }

  public List<String> getFailedCriteria() {
    return eligibility().failed();
  }

  /** The factors asked for: all but site, which comes from the subject's site. */
  public List<StratificationFactor> factors() {
    return trial.getFactors().stream().filter(f -> !f.isSite()).toList();
  }

  /** Today where the chosen site is (the server's date until a site is chosen). */
  public LocalDate getToday() {
    Site site = ownSites.get(form.getSiteCode());
    return site == null ? LocalDate.now(clock) : site.today(clock);
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

  public List<String> getSites() {
    return sites;
  }

  public WizardStep getStep() {
    return step;
  }

  public List<WizardStep> getSteps() {
    return List.of(WizardStep.values());
  }

  public EnrollmentForm getForm() {
    return form;
  }

  public Subject getSubject() {
    return subject;
  }

  public Confirmation getConfirmation() {
    return confirmation;
  }
}
