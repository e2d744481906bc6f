package org.trialdesk.platform.ui;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local date and time as people type it: the date in any form {@link DateInput} accepts, then
 * hours and minutes, e.g. {@code 2026-12-01 09:30}, {@code 2026/12/01 09:30} or {@code 2026/12/1
 * 9:30}, also in full-width digits. Shown back as {@code 2026-12-01 09:30}, the form the picker
 * reads. The value carries no zone: the page names the zone it is read in (the site's, for an
 * adverse event) next to the field's label. An hour or minute that does not exist is refused.
 */
@FacesConverter("trialdesk.dateTime")
public class DateTimeInput implements Converter<LocalDateTime> {

  private static final Pattern DATE_TIME =
      Pattern.compile(DateInput.DAY + "(?:\\s+|T)(\\d{1,2}):(\\d{2})");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Override
  public LocalDateTime getAsObject(FacesContext faces, UIComponent component, String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    return parse(typed)
        .orElseThrow(() -> DateInput.refused(faces, "format.dateTime.invalid", typed));
  }

  /** The minute {@code typed} names, if it names one in a form this field accepts. */
  static Optional<LocalDateTime> parse(String typed) {
    Matcher at = DATE_TIME.matcher(DateInput.normalized(typed));
    if (!at.matches()) {
      return Optional.empty();
    }
    return DateInput.day(at).flatMap(day -> time(at).map(day::atTime));
  }

  private static Optional<LocalTime> time(Matcher at) {
    try {
      return Optional.of(
          LocalTime.of(Integer.parseInt(at.group(4)), Integer.parseInt(at.group(5))));
    } catch (DateTimeException notATime) {
      return Optional.empty();
    }
  }

  @Override
  public String getAsString(FacesContext faces, UIComponent component, LocalDateTime value) {
    return value == null ? "" : SHOWN.format(value);
  }
}
