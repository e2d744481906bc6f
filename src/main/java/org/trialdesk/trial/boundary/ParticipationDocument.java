package org.trialdesk.trial.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import org.trialdesk.platform.i18n.SupportedLocales;
import org.trialdesk.platform.validation.EnumName;
import org.trialdesk.trial.entity.ParticipationStatus;

/**
 * A site's participation in a trial, in the API. {@code name} and {@code nameJa} are for reading
 * and ignored on input; a missing status means {@code PENDING}; a missing cap means no cap.
 */
public record ParticipationDocument(
    @NotBlank String code,
    String name,
    String nameJa,
    @EnumName(ParticipationStatus.class) String status,
    @Positive Integer cap,
    LocalDate activatedOn,
    @Size(max = 1000) String reasonForChange) {

  /** The site's name in the reader's language. */
  public String name(Locale reader) {
    return SupportedLocales.pick(reader, name, nameJa);
  }

  public ParticipationStatus statusOrDefault() {
    return status == null ? ParticipationStatus.PENDING : ParticipationStatus.valueOf(status);
  }
}
