package org.trialdesk.outcome.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.trialdesk.outcome.entity.VitalStatus;
import org.trialdesk.platform.validation.Refusal;

/**
 * What a follow-up contact may say, given the randomization date, today at the site and the
 * contacts recorded before: nothing after a recorded death, no date before randomization or in the
 * future, a death with its date and cause not before the last contact alive, a recurrence between
 * randomization and the contact and not after death.
 */
public final class FollowUpRules {

  private FollowUpRules() {}

  /** A contact as the rules see it ({@code recurrenceDate} null when none was reported). */
  public record Contact(
      LocalDate contactDate,
      VitalStatus vitalStatus,
      LocalDate deathDate,
      boolean deathCauseGiven,
      LocalDate recurrenceDate) {}

  public static List<Refusal> refusals(
      Contact c, LocalDate randomizedOn, LocalDate today, List<Contact> earlier) {
    List<Refusal> refusals = new ArrayList<>();
    Optional<LocalDate> death =
        earlier.stream()
            .map(Contact::deathDate)
            .filter(d -> d != null)
            .min(Comparator.naturalOrder());
    LocalDate lastAlive =
        earlier.stream()
            .filter(e -> e.vitalStatus() == VitalStatus.ALIVE)
            .map(Contact::contactDate)
            .max(Comparator.naturalOrder())
            .orElse(null);
    if (c.contactDate().isAfter(today)) {
      refusals.add(Refusal.of("contactDate", "followUp.future", today));
    } else if (c.contactDate().isBefore(randomizedOn)) {
      refusals.add(Refusal.of("contactDate", "followUp.beforeRandomization", randomizedOn));
    } else if (death.isPresent() && c.contactDate().isAfter(death.get())) {
      refusals.add(Refusal.of("contactDate", "followUp.afterDeath", death.get()));
    }
    if (c.vitalStatus() == VitalStatus.DEAD) {
      death.ifPresent(d -> refusals.add(Refusal.of("vitalStatus", "followUp.deathRecorded", d)));
      if (c.deathDate() == null) {
        refusals.add(Refusal.of("deathDate", "followUp.deathDate.required"));
      } else if (c.deathDate().isAfter(c.contactDate())) {
        refusals.add(Refusal.of("deathDate", "followUp.deathDate.afterContact", c.contactDate()));
      } else if (c.deathDate().isBefore(randomizedOn)) {
        refusals.add(Refusal.of("deathDate", "followUp.beforeRandomization", randomizedOn));
      } else if (lastAlive != null && c.deathDate().isBefore(lastAlive)) {
        refusals.add(Refusal.of("deathDate", "followUp.deathDate.beforeAlive", lastAlive));
      }
      if (!c.deathCauseGiven()) {
        refusals.add(Refusal.of("deathCause", "followUp.deathCause.required"));
      }
    } else {
      if (c.deathDate() != null) {
        refusals.add(Refusal.of("deathDate", "followUp.alive.noDeath"));
      }
      if (c.deathCauseGiven()) {
        refusals.add(Refusal.of("deathCause", "followUp.alive.noDeath"));
      }
    }
    LocalDate recurrence = c.recurrenceDate();
    if (recurrence != null) {
      LocalDate died = c.deathDate() != null ? c.deathDate() : death.orElse(null);
      if (recurrence.isBefore(randomizedOn)) {
        refusals.add(Refusal.of("recurrence.date", "followUp.beforeRandomization", randomizedOn));
      } else if (died != null && recurrence.isAfter(died)) {
        refusals.add(Refusal.of("recurrence.date", "followUp.recurrence.afterDeath", died));
      } else if (recurrence.isAfter(c.contactDate())) {
        refusals.add(
            Refusal.of("recurrence.date", "followUp.recurrence.afterContact", c.contactDate()));
      }
    }
    return refusals;
  }
}
