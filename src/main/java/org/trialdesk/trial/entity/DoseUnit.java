package org.trialdesk.trial.entity;

/** Units a dose is prescribed in; {@link #symbol()} is how it is printed in both languages. */
public enum DoseUnit {
  MG("mg"),
  G("g"),
  MCG("µg"),
  MG_PER_M2("mg/m²"),
  MG_PER_KG("mg/kg"),
  U("U"),
  U_PER_M2("U/m²"),
  ML("mL");

  private final String symbol;

  DoseUnit(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }
}
