package org.trialdesk.trial.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a regimen: an agent given at a dose, by a route, on a schedule, optionally for a
 * duration. A value object: two lines with the same fields are the same line.
 */
@Embeddable
public class AgentDose implements Serializable {

  @NotBlank
  @Size(max = 80)
  private String agent;

  @NotNull
  @DecimalMin(value = "0", inclusive = false)
  @Digits(integer = 13, fraction = 6)
  private BigDecimal dose;

  @NotNull
  @Enumerated(EnumType.STRING)
  private DoseUnit unit;

  @NotNull
  @Enumerated(EnumType.STRING)
  private Route route;

  @NotNull
  @Enumerated(EnumType.STRING)
  private Schedule schedule;

  @Positive
  @Column(name = "duration_amount")
  private Integer durationAmount;

  @Enumerated(EnumType.STRING)
  @Column(name = "duration_unit")
  private DurationUnit durationUnit;

  public AgentDose() {}

  public AgentDose(String agent, BigDecimal dose, DoseUnit unit, Route route, Schedule schedule) {
    this.agent = agent;
    this.dose = dose;
    this.unit = unit;
    this.route = route;
    this.schedule = schedule;
  }

  public AgentDose lasting(Integer amount, DurationUnit unit) {
    this.durationAmount = amount;
    this.durationUnit = unit;
    return this;
  }

  public String getAgent() {
    return agent;
  }

  public void setAgent(String agent) {
    this.agent = agent;
  }

  /** The dose without the storage's trailing zeros: 700000, not 700000.000000. */
  public BigDecimal getDose() {
    return dose == null ? null : new BigDecimal(dose.stripTrailingZeros().toPlainString());
  }

  public void setDose(BigDecimal dose) {
    this.dose = dose;
  }

  public DoseUnit getUnit() {
    return unit;
  }

  public void setUnit(DoseUnit unit) {
    this.unit = unit;
  }

  public Route getRoute() {
    return route;
  }

  public void setRoute(Route route) {
    this.route = route;
  }

  public Schedule getSchedule() {
    return schedule;
  }

  public void setSchedule(Schedule schedule) {
    this.schedule = schedule;
  }

  public Integer getDurationAmount() {
    return durationAmount;
  }

  public void setDurationAmount(Integer durationAmount) {
    this.durationAmount = durationAmount;
  }

  public DurationUnit getDurationUnit() {
    return durationUnit;
  }

  public void setDurationUnit(DurationUnit durationUnit) {
    this.durationUnit = durationUnit;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AgentDose that
        && Objects.equals(agent, that.agent)
        && (dose == null ? that.dose == null : that.dose != null && dose.compareTo(that.dose) == 0)
        && unit == that.unit
        && route == that.route
        && schedule == that.schedule
        && Objects.equals(durationAmount, that.durationAmount)
        && durationUnit == that.durationUnit;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        agent, dose == null ? null : dose.stripTrailingZeros(), unit, route, schedule);
  }
}
