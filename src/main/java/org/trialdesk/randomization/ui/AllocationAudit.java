package org.trialdesk.randomization.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.trialdesk.platform.ui.FacesMessages;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.platform.ui.PagedLazyModel;
import org.trialdesk.randomization.boundary.AllocationLog;
import org.trialdesk.randomization.boundary.RandomizationSchemes;
import org.trialdesk.randomization.control.AllocationChain;
import org.trialdesk.randomization.entity.Allocation;
import org.trialdesk.randomization.entity.Notification;
import org.trialdesk.randomization.entity.RandomizationScheme;
import org.trialdesk.trial.boundary.TrialService;
import org.trialdesk.trial.entity.Trial;

/**
 * The monitor's page on a trial's allocations: the log (lazy, filtered in the database), chain
 * verification, re-derivation of one assignment, balance tables and chart, and notifications.
 */
@Named
@ViewScoped
public class AllocationAudit implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AllocationLog log;
  @Inject TrialService trials;
  @Inject RandomizationSchemes schemes;

  private String trialCode;
  private Trial trial;
  private RandomizationScheme scheme;
  private PagedLazyModel<Allocation> model;
  private AllocationChain.Verdict verdict;
  private AllocationLog.Rederivation rederivation;
  private AllocationLog.BalanceReport balance;
  private List<Notification> notifications;
  private boolean armsVisible;

  public void load() {
    trial = PageParameters.found(() -> trials.find(trialCode));
    if (trial == null) {
      return;
    }
    var read = PageParameters.found(() -> schemes.currentForReading(trial));
    if (read == null) {
      return;
    }
    scheme = read.orElse(null);
    armsVisible = log.armsVisible(trial);
    balance = armsVisible ? log.balance(trialCode) : null;
    notifications = log.notificationsForCaller(trialCode);
  }

  public PagedLazyModel<Allocation> getModel() {
    if (model == null) {
      String code = trialCode;
      model =
          new PagedLazyModel<>(
              request -> log.count(code, request),
              request -> log.page(code, request),
              a -> String.valueOf(a.getSequence()));
    }
    return model;
  }

  public void verify() {
    verdict = log.verify(trialCode);
    if (verdict.valid()) {
      FacesMessages.info("verification.valid", verdict.records());
    } else {
      FacesMessages.error(
          new org.trialdesk.platform.error.ConflictException(
              null, verdict.reasonKey(), verdict.firstInvalidSequence()),
          Map.of());
    }
  }

  public void rederive(long sequence) {
    rederivation = log.rederive(trialCode, sequence);
  }

  /** The balance chart: assignments per site and arm, as Chart.js configuration. */
  public String getChart() {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (String arm : balance.arms()) {
      JsonArrayBuilder counts = Json.createArrayBuilder();
      balance.bySite().values().forEach(perArm -> counts.add(perArm.get(arm)));
      datasets.add(Json.createObjectBuilder().add("label", arm).add("data", counts));
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    balance.bySite().keySet().forEach(labels::add);
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
        .build()
        .toString();
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

  public RandomizationScheme getScheme() {
    return scheme;
  }

  public AllocationChain.Verdict getVerdict() {
    return verdict;
  }

  public AllocationLog.Rederivation getRederivation() {
    return rederivation;
  }

  public AllocationLog.BalanceReport getBalance() {
    return balance;
  }

  public List<Notification> getNotifications() {
    return notifications;
  }

  public boolean isArmsVisible() {
    return armsVisible;
  }
}
