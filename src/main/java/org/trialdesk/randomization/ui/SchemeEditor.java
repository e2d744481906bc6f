package org.trialdesk.randomization.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.audit.entity.AuditRecord;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.ui.FacesMessages;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.randomization.boundary.RandomizationSchemes;
import org.trialdesk.randomization.entity.RandomizationScheme;
import org.trialdesk.trial.boundary.SchemeDocument;
import org.trialdesk.trial.boundary.TrialService;
import org.trialdesk.trial.entity.RandomizationMethod;
import org.trialdesk.trial.entity.StratificationFactor;
import org.trialdesk.trial.entity.Trial;
import org.trialdesk.trial.entity.TrialStatus;

/**
 * The administrator's page for a trial's randomization scheme: set freely while the trial is a
 * draft, changed afterwards only as an amendment with a reason.
 */
@Named
@ViewScoped
public class SchemeEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One factor of the trial as the form offers it: stratify by it, minimize over it, weight. */
  public static class FactorChoice implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String name;
    private boolean stratify;
    private boolean minimize;
    private BigDecimal weight = BigDecimal.ONE;

    FactorChoice(String code, String name) {
      this.code = code;
      this.name = name;
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public boolean isStratify() {
      return stratify;
    }

    public void setStratify(boolean stratify) {
      this.stratify = stratify;
    }

    public boolean isMinimize() {
      return minimize;
    }

    public void setMinimize(boolean minimize) {
      this.minimize = minimize;
    }

    public BigDecimal getWeight() {
      return weight;
    }

    public void setWeight(BigDecimal weight) {
      this.weight = weight;
    }
  }

  @Inject RandomizationSchemes schemes;
  @Inject TrialService trials;
  @Inject AuditTrail trail;

  private String trialCode;
  private Trial trial;
  private RandomizationScheme current;
  private List<AuditRecord> history;
  private RandomizationMethod method = RandomizationMethod.PERMUTED_BLOCK;
  private String blockSizes = "4";
  private final List<FactorChoice> factors = new ArrayList<>();
  private String imbalance = "RANGE";
  private BigDecimal preferredArmProbability;
  private Integer stratumCap;
  private String reasonForChange;

  public void load() {
    trial = PageParameters.found(() -> trials.find(trialCode));
    if (trial == null) {
      return;
    }
    Optional<RandomizationScheme> read =
        PageParameters.found(() -> schemes.currentForReading(trial));
    if (read == null) {
      return;
    }
    current = read.orElse(null);
    for (StratificationFactor factor : trial.getFactors()) {
      factors.add(new FactorChoice(factor.getCode(), factor.getName()));
    }
    if (current != null) {
      method = current.getMethod();
      blockSizes = String.join(", ", current.blockSizes().stream().map(String::valueOf).toList());
      imbalance = current.getImbalance() == null ? "RANGE" : current.getImbalance();
      preferredArmProbability = current.getPreferredArmProbability();
      stratumCap = current.getStratumCap();
      Map<String, Double> weights = current.minimizationFactors();
      for (FactorChoice choice : factors) {
        choice.setStratify(current.stratifyBy().contains(choice.getCode()));
        choice.setMinimize(weights.containsKey(choice.getCode()));
        if (weights.containsKey(choice.getCode())) {
          choice.setWeight(BigDecimal.valueOf(weights.get(choice.getCode())));
        }
      }
      history = trail.history(current);
    }
  }

  public String save() {
    List<Integer> sizes;
    try {
      sizes =
          Arrays.stream(blockSizes == null ? new String[0] : blockSizes.split("[,\\s]+"))
              .filter(s -> !s.isBlank())
              .map(Integer::valueOf)
              .toList();
    } catch (NumberFormatException notNumbers) {
      FacesMessages.error(
          new org.trialdesk.platform.error.InvalidInputException(
              "blockSizes", "scheme.blockSizes.numbers"),
          Map.of("blockSizes", "scheme:blockSizes"));
      return null;
    }
    boolean amendment = trial.getStatus() != TrialStatus.DRAFT;
    SchemeDocument doc =
        new SchemeDocument(
            method.name(),
            method == RandomizationMethod.PERMUTED_BLOCK ? sizes : List.of(),
            factors.stream().filter(FactorChoice::isStratify).map(FactorChoice::getCode).toList(),
            method == RandomizationMethod.MINIMIZATION
                ? factors.stream()
                    .filter(FactorChoice::isMinimize)
                    .map(f -> new SchemeDocument.FactorWeight(f.getCode(), f.getWeight()))
                    .toList()
                : List.of(),
            method == RandomizationMethod.MINIMIZATION ? imbalance : null,
            preferredArmProbability,
            stratumCap,
            null,
            null,
            null,
            amendment,
            reasonForChange);
    try {
      schemes.configure(trialCode, doc);
    } catch (DomainException | InvalidFieldsException refused) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("method", "scheme:method");
      fields.put("blockSizes", "scheme:blockSizes");
      fields.put("stratifyBy", "scheme:factors");
      fields.put("minimizationFactors", "scheme:factors");
      fields.put("preferredArmProbability", "scheme:probability");
      fields.put("stratumCap", "scheme:stratumCap");
      fields.put("reasonForChange", "scheme:reason");
      fields.put("amendment", "scheme:reason");
      for (int i = 0; i < 10; i++) {
        fields.put("blockSizes[" + i + "]", "scheme:blockSizes");
        fields.put("stratifyBy[" + i + "]", "scheme:factors");
        fields.put("minimizationFactors[" + i + "].factor", "scheme:factors");
        fields.put("minimizationFactors[" + i + "].weight", "scheme:factors");
      }
      FacesMessages.error(refused, fields);
      return null;
    }
    FacesMessages.info("scheme.saved", trialCode);
    return "/trial/randomization?faces-redirect=true&code=" + trialCode;
  }

  public RandomizationMethod[] getMethods() {
    return RandomizationMethod.values();
  }

  public boolean isAmendment() {
    return trial.getStatus() != TrialStatus.DRAFT;
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

  public RandomizationScheme getCurrent() {
    return current;
  }

  public List<AuditRecord> getHistory() {
    return history;
  }

  public RandomizationMethod getMethod() {
    return method;
  }

  public void setMethod(RandomizationMethod method) {
    this.method = method;
  }

  public String getBlockSizes() {
    return blockSizes;
  }

  public void setBlockSizes(String blockSizes) {
    this.blockSizes = blockSizes;
  }

  public List<FactorChoice> getFactors() {
    return factors;
  }

  public String getImbalance() {
    return imbalance;
  }

  public void setImbalance(String imbalance) {
    this.imbalance = imbalance;
  }

  public BigDecimal getPreferredArmProbability() {
    return preferredArmProbability;
  }

  public void setPreferredArmProbability(BigDecimal preferredArmProbability) {
    this.preferredArmProbability = preferredArmProbability;
  }

  public Integer getStratumCap() {
    return stratumCap;
  }

  public void setStratumCap(Integer stratumCap) {
    this.stratumCap = stratumCap;
  }

  public String getReasonForChange() {
    return reasonForChange;
  }

  public void setReasonForChange(String reasonForChange) {
    this.reasonForChange = reasonForChange;
  }
}
