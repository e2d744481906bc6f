package org.trialdesk.outcome.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.trialdesk.outcome.entity.DeathCause;
import org.trialdesk.outcome.entity.RecurrenceLocation;
import org.trialdesk.outcome.entity.VitalStatus;
import org.trialdesk.platform.validation.EnumName;

/**
 * A follow-up contact as the API reads and writes it (docs/api.md); {@code id} and the fields after
 * {@code recurrence} are only returned.
 */
public record FollowUpDocument(
    Long id,
    @NotNull LocalDate contactDate,
    @NotNull @EnumName(VitalStatus.class) String vitalStatus,
    LocalDate deathDate,
    @EnumName(DeathCause.class) String deathCause,
    @Valid Recurrence recurrence,
    String recordedBy,
    Boolean voided,
    String voidReason) {

  /** Disease back after resection: when it was found and where. */
  public record Recurrence(
      @NotNull LocalDate date, @NotNull @EnumName(RecurrenceLocation.class) String location) {}

  /** What a coordinator writes, without the fields that are only returned. */
  public static FollowUpDocument written(
      LocalDate contactDate,
      String vitalStatus,
      LocalDate deathDate,
      String deathCause,
      Recurrence recurrence) {
    return new FollowUpDocument(
        null, contactDate, vitalStatus, deathDate, deathCause, recurrence, null, null, null);
  }
}
