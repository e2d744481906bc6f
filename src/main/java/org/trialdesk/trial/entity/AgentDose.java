package org.trialdesk.trial.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a regimen: an agent given at a dose, by a route, on a schedule, optionally for a
 * duration and in cycles. Unit, route and schedule are codes of the regimen vocabulary ({@link
 * RegimenTerm}), which administrators extend; the services check them against it. A value object:
 * two lines with the same fields are the same line.
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

  @NotBlank
  @Size(max = 40)
  private String unit;

  @NotBlank
  @Size(max = 40)
  private String route;

  @NotBlank
  @Size(max = 40)
  private String schedule;

  @Positive
  @Column(name = "duration_amount")
  private Integer durationAmount;

  @Enumerated(EnumType.STRING)
  @Column(name = "duration_unit")
  private DurationUnit durationUnit;

  @Positive
  @Max(365)
  @Column(name = "cycle_length_days")
  private Integer cycleLengthDays;

  /** The days of administration within a cycle as written by {@code CycleDays}: "1-14", "1,8". */
  @Size(max = 40)
  @Column(name = "cycle_days")
  private String cycleDays;

  @Positive
  @Max(100)
  private Integer cycles;

  public AgentDose() {}

  public AgentDose(String agent, BigDecimal dose, String unit, String route, String schedule) {
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

  /** Given in cycles of {@code length} days, on {@code days} of each, {@code count} times. */
  public AgentDose inCycles(Integer length, String days, Integer count) {
    this.cycleLengthDays = length;
    this.cycleDays = days;
    this.cycles = count;
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

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getRoute() {
    return route;
  }

  public void setRoute(String route) {
    this.route = route;
  }

  public String getSchedule() {
    return schedule;
  }

  public void setSchedule(String schedule) {
    this.schedule = schedule;
  }

  public Integer getDurationAmount() {
    return durationAmount;
  }

  public void setDurationAmount(Integer durationAmount) {
    this.durationAmount = durationAmount;
  }

  public Integer getCycleLengthDays() {
    return cycleLengthDays;
  }

  public void setCycleLengthDays(Integer cycleLengthDays) {
    this.cycleLengthDays = cycleLengthDays;
  }

  public String getCycleDays() {
    return cycleDays;
  }

  public void setCycleDays(String cycleDays) {
    this.cycleDays = cycleDays;
  }

  public Integer getCycles() {
    return cycles;
  }

  public void setCycles(Integer cycles) {
    this.cycles = cycles;
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
        && Objects.equals(unit, that.unit)
        && Objects.equals(route, that.route)
        && Objects.equals(schedule, that.schedule)
        && Objects.equals(durationAmount, that.durationAmount)
        && durationUnit == that.durationUnit
        && Objects.equals(cycleLengthDays, that.cycleLengthDays)
        && Objects.equals(cycleDays, that.cycleDays)
        && Objects.equals(cycles, that.cycles);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        agent, dose == null ? null : dose.stripTrailingZeros(), unit, route, schedule);
  }
}
