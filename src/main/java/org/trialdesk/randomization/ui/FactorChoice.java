package org.trialdesk.randomization.ui;

import java.io.Serializable;
import java.math.BigDecimal;

/** One factor of the trial as the form offers it: stratify by it, minimize over it, weight. */
public class FactorChoice implements Serializable {
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
