package org.trialdesk.outcome.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/** One lesion of an assessment: its organ, whether it is a target, its diameter in mm. */
@Embeddable
public class Lesion implements Serializable {

  @Enumerated(EnumType.STRING)
  private Organ organ;

  private boolean target;

  @Column(name = "diameter_mm")
  private Integer diameter;

  protected Lesion() {}

  public Lesion(Organ organ, boolean target, Integer diameter) {
    this.organ = organ;
    this.target = target;
    this.diameter = diameter;
  }

  public Organ getOrgan() {
    return organ;
  }

  public boolean isTarget() {
    return target;
  }

  public Integer getDiameter() {
    return diameter;
  }

  @Override
  public String toString() {
    return organ + (target ? " " + diameter + " mm" : " non-target");
  }
}
