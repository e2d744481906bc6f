package org.trialdesk.randomization.ui;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.trialdesk.randomization.entity.RandomizationScheme;
import org.trialdesk.trial.boundary.SchemeDocument;
import org.trialdesk.trial.entity.RandomizationMethod;
import org.trialdesk.trial.entity.StratificationFactor;

/** What the scheme form holds while it is edited, and the scheme document it becomes. */
public class SchemeForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private RandomizationMethod method = RandomizationMethod.PERMUTED_BLOCK;
  private String blockSizes = "4";
  private final List<FactorChoice> factors = new ArrayList<>();
  private String imbalance = "RANGE";
  private BigDecimal preferredArmProbability;
  private Integer stratumCap;
  private String reasonForChange;

  /** A choice for each factor of the trial, filled from the current scheme if there is one. */
  void fill(List<StratificationFactor> trialFactors, RandomizationScheme current) {
    for (StratificationFactor factor : trialFactors) {
      factors.add(
          new FactorChoice(
              factor.getCode(),
              factor.name(FacesContext.getCurrentInstance().getViewRoot().getLocale())));
    }
    if (current == null) {
      return;
    }
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
  }

  /**
   * The scheme as the boundary takes it.
   *
   * @throws NumberFormatException when the block sizes are not whole numbers
   */
  SchemeDocument document(boolean amendment) {
    List<Integer> sizes =
        Arrays.stream(blockSizes == null ? new String[0] : blockSizes.split("[,\\s]+"))
            .filter(s -> !s.isBlank())
            .map(Integer::valueOf)
            .toList();
    boolean minimization = method == RandomizationMethod.MINIMIZATION;
    return new SchemeDocument(
        method.name(),
        method == RandomizationMethod.PERMUTED_BLOCK ? sizes : List.of(),
        factors.stream().filter(FactorChoice::isStratify).map(FactorChoice::getCode).toList(),
        minimization
            ? factors.stream()
                .filter(FactorChoice::isMinimize)
                .map(f -> new SchemeDocument.FactorWeight(f.getCode(), f.getWeight()))
                .toList()
            : List.of(),
        minimization ? imbalance : null,
        preferredArmProbability,
        stratumCap,
        null,
        null,
        null,
        amendment,
        reasonForChange);
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
