package org.trialdesk.outcome.ui;

import java.io.Serializable;
import java.time.LocalDate;
import org.trialdesk.outcome.boundary.FollowUpDocument;
import org.trialdesk.outcome.entity.DeathCause;
import org.trialdesk.outcome.entity.RecurrenceLocation;
import org.trialdesk.outcome.entity.VitalStatus;

/** The follow-up contact being recorded. */
public class FollowUpForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private LocalDate contactDate;
  private VitalStatus vitalStatus = VitalStatus.ALIVE;
  private LocalDate deathDate;
  private DeathCause deathCause;
  private boolean recurrence;
  private LocalDate recurrenceDate;
  private RecurrenceLocation recurrenceLocation;

  FollowUpDocument document() {
    return FollowUpDocument.written(
        contactDate,
        vitalStatus == null ? null : vitalStatus.name(),
        deathDate,
        deathCause == null ? null : deathCause.name(),
        recurrence
            ? new FollowUpDocument.Recurrence(
                recurrenceDate, recurrenceLocation == null ? null : recurrenceLocation.name())
            : null);
  }

  public LocalDate getContactDate() {
    return contactDate;
  }

  public void setContactDate(LocalDate contactDate) {
    this.contactDate = contactDate;
  }

  public VitalStatus getVitalStatus() {
    return vitalStatus;
  }

  public void setVitalStatus(VitalStatus vitalStatus) {
    this.vitalStatus = vitalStatus;
  }

  public LocalDate getDeathDate() {
    return deathDate;
  }

  public void setDeathDate(LocalDate deathDate) {
    this.deathDate = deathDate;
  }

  public DeathCause getDeathCause() {
    return deathCause;
  }

  public void setDeathCause(DeathCause deathCause) {
    this.deathCause = deathCause;
  }

  public boolean isRecurrence() {
    return recurrence;
  }

  public void setRecurrence(boolean recurrence) {
    this.recurrence = recurrence;
  }

  public LocalDate getRecurrenceDate() {
    return recurrenceDate;
  }

  public void setRecurrenceDate(LocalDate recurrenceDate) {
    this.recurrenceDate = recurrenceDate;
  }

  public RecurrenceLocation getRecurrenceLocation() {
    return recurrenceLocation;
  }

  public void setRecurrenceLocation(RecurrenceLocation recurrenceLocation) {
    this.recurrenceLocation = recurrenceLocation;
  }
}
