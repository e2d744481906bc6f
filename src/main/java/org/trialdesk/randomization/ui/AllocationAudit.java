package org.trialdesk.randomization.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.StreamedContent;
import org.trialdesk.platform.ui.Downloads;
import org.trialdesk.platform.ui.FacesMessages;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.platform.ui.PagedLazyModel;
import org.trialdesk.randomization.boundary.AllocationExport;
import org.trialdesk.randomization.boundary.AllocationLog;
import org.trialdesk.randomization.boundary.RandomizationSchemes;
import org.trialdesk.randomization.control.AllocationChain;
import org.trialdesk.randomization.entity.Allocation;
import org.trialdesk.randomization.entity.Notification;
import org.trialdesk.randomization.entity.RandomizationScheme;
import org.trialdesk.site.boundary.SiteService;
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
  @Inject AllocationExport export;
  @Inject SiteService sites;

  private String trialCode;
  private Trial trial;
  private RandomizationScheme scheme;
  private PagedLazyModel<Allocation> model;
  private AllocationChain.Verdict verdict;
  private AllocationLog.Rederivation rederivation;
  private AllocationLog.BalanceReport balance;
  private BalanceTables tables;
  private String headHash;
  private final HashMap<String, String> siteNames = new HashMap<>();
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
    sites.all().forEach(site -> siteNames.put(site.getCode(), site.name(reader())));
    if (armsVisible) {
      balance = log.balance(trialCode);
      tables = new BalanceTables(balance, trial, siteNames, reader());
      headHash = log.headHash(trialCode);
    }
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

  /** The log as CSV: every record the table's filters and sort select now, not just this page. */
  public StreamedContent getCsv() {
    return Downloads.csv(
        "allocations-" + trialCode + ".csv", export.csv(trialCode, getModel().selection()));
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

  /** A stratum by its factors' and levels' names rather than its stored key. */
  public String stratumLabel(String key) {
    return BalanceTables.stratumLabel(trial, key, siteNames, reader());
  }

  public String getBlockSizes() {
    return scheme.blockSizes().stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  public String getStratifiedBy() {
    return scheme.stratifyBy().stream()
        .map(code -> BalanceTables.factorName(trial, code, reader()))
        .collect(Collectors.joining(", "));
  }

  private static Locale reader() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** What guessing at random gets right, the figure the guessing risk is read against. */
  public String getChanceLevel() {
    return Math.round(100.0 / trial.getArms().size()) + "%";
  }

  public BalanceTables getTables() {
    return tables;
  }

  public String getHeadHash() {
    return headHash;
  }

  public List<Notification> getNotifications() {
    return notifications;
  }

  public boolean isArmsVisible() {
    return armsVisible;
  }
}
