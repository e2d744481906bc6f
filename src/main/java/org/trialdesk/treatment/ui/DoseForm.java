package org.trialdesk.treatment.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.trialdesk.treatment.boundary.AdministrationDocument;
import org.trialdesk.treatment.entity.DoseChange;

/** The dose being recorded: what was given, and why it differs from the plan if it does. */
public class DoseForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private LocalDate givenOn;
  private String agent;
  private BigDecimal amount;
  private String unit;
  private DoseChange change = DoseChange.NONE;
  private Long adverseEventId;
  private String reason;

  AdministrationDocument document() {
    return AdministrationDocument.written(
        givenOn,
        agent,
        amount,
        unit,
        change == null ? null : change.name(),
        adverseEventId,
        reason);
  }

  /** After a dose is recorded: the day, agent and unit stay for the next one. */
  void next() {
    amount = null;
    change = DoseChange.NONE;
    adverseEventId = null;
    reason = null;
  }

  public LocalDate getGivenOn() {
    return givenOn;
  }

  public void setGivenOn(LocalDate givenOn) {
    this.givenOn = givenOn;
  }

  public String getAgent() {
    return agent;
  }

  public void setAgent(String agent) {
    this.agent = agent;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public DoseChange getChange() {
    return change;
  }

  public void setChange(DoseChange change) {
    this.change = change;
  }

  public Long getAdverseEventId() {
    return adverseEventId;
  }

  public void setAdverseEventId(Long adverseEventId) {
    this.adverseEventId = adverseEventId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
