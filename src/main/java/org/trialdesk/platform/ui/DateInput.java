package org.trialdesk.platform.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialdesk.platform.i18n.Messages;

/**
 * A calendar date as people type it: {@code 2026-12-01}, the usual Japanese {@code 2026/12/01} or
 * {@code 2026/12/1}, also in full-width digits from a Japanese input method. Shown back as {@code
 * 2026-12-01}, the form the date picker reads. A date that does not exist (30 February) is refused,
 * never rolled over. {@link DateTimeInput} reads the date part of a time the same way.
 */
@FacesConverter("trialdesk.date")
public class DateInput implements Converter<LocalDate> {

  /** Year, month and day as groups 1 to 3, separated by {@code -}, {@code /} or {@code .}. */
  static final String DAY = "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})";

  private static final Pattern DATE = Pattern.compile(DAY);

  @Override
  public LocalDate getAsObject(FacesContext faces, UIComponent component, String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    return parse(typed).orElseThrow(() -> refused(faces, "format.date.invalid", typed));
  }

  /** The day {@code typed} names, if it names one in a form this field accepts. */
  static Optional<LocalDate> parse(String typed) {
    Matcher date = DATE.matcher(normalized(typed));
    return date.matches() ? day(date) : Optional.empty();
  }

  /**
   * What was typed with full-width digits, slashes, colons and spaces from a Japanese input method
   * read as their ASCII forms, without surrounding space.
   */
  static String normalized(String typed) {
    return Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
  }

  /** The day in groups 1 to 3 of a match of {@link #DAY}, if there is such a day. */
  static Optional<LocalDate> day(Matcher matched) {
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(matched.group(1)),
              Integer.parseInt(matched.group(2)),
              Integer.parseInt(matched.group(3))));
    } catch (DateTimeException notADay) {
      return Optional.empty();
    }
  }

  /** The refusal shown next to the field, in the page's language, quoting what was typed. */
  static ConverterException refused(FacesContext faces, String key, String typed) {
    String message = Messages.format(faces.getViewRoot().getLocale(), key, typed);
    return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
  }

  @Override
  public String getAsString(FacesContext faces, UIComponent component, LocalDate value) {
    return value == null ? "" : value.toString();
  }
}
