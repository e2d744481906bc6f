package org.trialdesk.site.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.ui.FacesMessages;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.security.ui.Rights;
import org.trialdesk.site.boundary.ParticipationService;
import org.trialdesk.site.boundary.SiteService;
import org.trialdesk.site.entity.Site;
import org.trialdesk.site.entity.TrialParticipation;
import org.trialdesk.trial.boundary.TrialService;
import org.trialdesk.trial.entity.ParticipationStatus;
import org.trialdesk.trial.entity.Trial;

/** Activation of sites in a trial: who takes part, in what standing, with what enrollment cap. */
@Named
@ViewScoped
public class TrialSites implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS = Map.of("code", "join:site", "cap", "join:cap");

  @Inject TrialService trials;
  @Inject Rights rights;
  @Inject SiteService sites;
  @Inject ParticipationService participations;

  private String code;
  private Trial trial;
  private List<TrialParticipation> taking;
  private List<Site> available;
  private final Map<String, String> statusEdits = new HashMap<>();
  private final Map<String, Integer> capEdits = new HashMap<>();
  private String reasonForChange;

  @NotNull private String newSite;
  private ParticipationStatus newStatus = ParticipationStatus.ACTIVE;
  @Positive private Integer newCap;

  public void load() {
    if (!rights.pageAllowed(Capability.SET_UP)) {
      return;
    }
    trial = PageParameters.found(() -> trials.find(code));
    if (trial == null) {
      return;
    }
    taking = participations.ofTrial(code);
    statusEdits.clear();
    capEdits.clear();
    taking.forEach(
        p -> {
          statusEdits.put(p.getSite().getCode(), p.getStatus().name());
          capEdits.put(p.getSite().getCode(), p.getCap());
        });
    Set<String> joined =
        taking.stream().map(p -> p.getSite().getCode()).collect(Collectors.toSet());
    available = sites.all().stream().filter(s -> !joined.contains(s.getCode())).toList();
  }

  public void join() {
    try {
      participations.join(code, "code", newSite, newStatus, newCap, null);
      FacesMessages.info("participation.saved", newSite);
      newSite = null;
      newCap = null;
      load();
    } catch (DomainException | InvalidFieldsException refused) {
      FacesMessages.error(refused, FIELDS);
    }
  }

  /** Stores the status and cap edited in the row of site {@code siteCode}. */
  public void change(String siteCode) {
    try {
      participations.change(
          code,
          siteCode,
          ParticipationStatus.valueOf(statusEdits.get(siteCode)),
          capEdits.get(siteCode),
          reasonForChange);
      FacesMessages.info("participation.saved", siteCode);
      load();
    } catch (DomainException | InvalidFieldsException refused) {
      FacesMessages.error(refused, Map.of("reasonForChange", "sites:reason"));
    }
  }

  public String getReasonForChange() {
    return reasonForChange;
  }

  public void setReasonForChange(String reasonForChange) {
    this.reasonForChange = reasonForChange;
  }

  public Map<String, String> getStatusEdits() {
    return statusEdits;
  }

  public Map<String, Integer> getCapEdits() {
    return capEdits;
  }

  public ParticipationStatus[] getStatuses() {
    return ParticipationStatus.values();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Trial getTrial() {
    return trial;
  }

  public List<TrialParticipation> getTaking() {
    return taking;
  }

  public List<Site> getAvailable() {
    return available;
  }

  public String getNewSite() {
    return newSite;
  }

  public void setNewSite(String newSite) {
    this.newSite = newSite;
  }

  public ParticipationStatus getNewStatus() {
    return newStatus;
  }

  public void setNewStatus(ParticipationStatus newStatus) {
    this.newStatus = newStatus;
  }

  public Integer getNewCap() {
    return newCap;
  }

  public void setNewCap(Integer newCap) {
    this.newCap = newCap;
  }
}
