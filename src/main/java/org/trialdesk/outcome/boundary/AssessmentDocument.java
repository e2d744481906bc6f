package org.trialdesk.outcome.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.trialdesk.outcome.entity.NonTargetStatus;
import org.trialdesk.outcome.entity.Organ;
import org.trialdesk.platform.validation.EnumName;

/**
 * A RECIST 1.1 assessment as the API reads and writes it (docs/api.md). At baseline: the target
 * lesions with organ and diameter, the non-target lesions with their organ. Later: each target's
 * diameter in baseline order ({@code null} when it was not evaluated), the non-target lesions as a
 * whole, new lesions. {@code id} and the fields after {@code newLesions} are only returned.
 */
public record AssessmentDocument(
    Long id,
    @NotNull java.time.LocalDate assessedOn,
    @NotNull Boolean baseline,
    @Size(max = 20) List<@Valid @NotNull Lesion> targets,
    @Size(max = 20) List<@Valid @NotNull Lesion> nonTargets,
    @EnumName(NonTargetStatus.class) String nonTargetStatus,
    Boolean newLesions,
    Integer sumOfDiameters,
    BigDecimal percentFromBaseline,
    Integer nadir,
    String targetResponse,
    String computedResponse,
    String overrideResponse,
    String overrideReason,
    String response,
    String recordedBy,
    Boolean voided,
    String voidReason) {

  /**
   * A lesion: its organ (at baseline; later taken from the baseline) and its diameter in whole
   * millimetres, the short axis for a lymph node. {@code lesion} (its number) and {@code nodal} are
   * only returned.
   */
  public record Lesion(
      Integer lesion,
      @EnumName(Organ.class) String organ,
      @Min(0) @Max(999) Integer diameter,
      Boolean nodal) {

    public static Lesion of(String organ, Integer diameter) {
      return new Lesion(null, organ, diameter, null);
    }
  }

  /** What a coordinator writes, without the fields that are only returned. */
  public static AssessmentDocument written(
      java.time.LocalDate assessedOn,
      boolean baseline,
      List<Lesion> targets,
      List<Lesion> nonTargets,
      String nonTargetStatus,
      boolean newLesions) {
    return new AssessmentDocument(
        null,
        assessedOn,
        baseline,
        targets,
        nonTargets,
        nonTargetStatus,
        newLesions,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
