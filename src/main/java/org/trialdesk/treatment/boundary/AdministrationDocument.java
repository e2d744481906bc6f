package org.trialdesk.treatment.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.trialdesk.platform.validation.EnumName;
import org.trialdesk.treatment.entity.DoseChange;

/**
 * One administration as the API reads and writes it; {@code plannedDose} and {@code plannedUnit}
 * are returned from the regimen of the subject's arm, when the caller may know it, and the fields
 * after them are only returned.
 */
public record AdministrationDocument(
    Long id,
    @NotNull LocalDate givenOn,
    @NotBlank @Size(max = 80) String agent,
    @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 6) BigDecimal dose,
    @NotBlank @Size(max = 40) String unit,
    @EnumName(DoseChange.class) String doseChange,
    Long adverseEventId,
    @Size(max = 1000) String changeReason,
    BigDecimal plannedDose,
    String plannedUnit,
    String recordedBy,
    Boolean voided,
    String voidReason) {

  /** What a reporter writes, without the fields that are only returned. */
  public static AdministrationDocument written(
      LocalDate givenOn,
      String agent,
      BigDecimal dose,
      String unit,
      String doseChange,
      Long adverseEventId,
      String changeReason) {
    return new AdministrationDocument(
        null,
        givenOn,
        agent,
        dose,
        unit,
        doseChange,
        adverseEventId,
        changeReason,
        null,
        null,
        null,
        null,
        null);
  }
}
