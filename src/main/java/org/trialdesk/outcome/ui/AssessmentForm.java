package org.trialdesk.outcome.ui;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.trialdesk.outcome.boundary.AssessmentDocument;
import org.trialdesk.outcome.entity.NonTargetStatus;
import org.trialdesk.outcome.entity.Organ;

/**
 * The assessment being recorded: at baseline, rows of target lesions (organ, diameter) and of
 * non-target ones (organ); later, one diameter per baseline target, the non-target lesions as a
 * whole and new lesions.
 */
public class AssessmentForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One row of the form. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private Organ organ;
    private Integer diameter;

    public Row() {}

    Row(Organ organ) {
      this.organ = organ;
    }

    public Organ getOrgan() {
      return organ;
    }

    public void setOrgan(Organ organ) {
      this.organ = organ;
    }

    public Integer getDiameter() {
      return diameter;
    }

    public void setDiameter(Integer diameter) {
      this.diameter = diameter;
    }
  }

  private LocalDate assessedOn;
  private final List<Row> targets = new ArrayList<>();
  private final List<Row> nonTargets = new ArrayList<>();
  private NonTargetStatus nonTargetStatus;
  private boolean newLesions;

  /** A fresh form: a baseline starts with one empty target row, a time point with the targets. */
  void reset(List<AssessmentDocument.Lesion> baselineTargets) {
    assessedOn = null;
    targets.clear();
    nonTargets.clear();
    nonTargetStatus = null;
    newLesions = false;
    if (baselineTargets == null) {
      targets.add(new Row());
    } else {
      baselineTargets.forEach(t -> targets.add(new Row(Organ.valueOf(t.organ()))));
    }
  }

  AssessmentDocument document(boolean baseline) {
    return AssessmentDocument.written(
        assessedOn,
        baseline,
        targets.stream().map(r -> AssessmentDocument.Lesion.of(name(r.organ), r.diameter)).toList(),
        nonTargets.stream().map(r -> AssessmentDocument.Lesion.of(name(r.organ), null)).toList(),
        nonTargetStatus == null ? null : nonTargetStatus.name(),
        newLesions);
  }

  private static String name(Organ organ) {
    return organ == null ? null : organ.name();
  }

  public void addTarget() {
    targets.add(new Row());
  }

  public void addNonTarget() {
    nonTargets.add(new Row());
  }

  public LocalDate getAssessedOn() {
    return assessedOn;
  }

  public void setAssessedOn(LocalDate assessedOn) {
    this.assessedOn = assessedOn;
  }

  public List<Row> getTargets() {
    return targets;
  }

  public List<Row> getNonTargets() {
    return nonTargets;
  }

  public NonTargetStatus getNonTargetStatus() {
    return nonTargetStatus;
  }

  public void setNonTargetStatus(NonTargetStatus nonTargetStatus) {
    this.nonTargetStatus = nonTargetStatus;
  }

  public boolean isNewLesions() {
    return newLesions;
  }

  public void setNewLesions(boolean newLesions) {
    this.newLesions = newLesions;
  }
}
