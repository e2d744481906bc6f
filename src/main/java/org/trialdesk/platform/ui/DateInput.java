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
 * never rolled over.
 */
@FacesConverter("trialdesk.date")
public class DateInput implements Converter<LocalDate> {

  private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");

  @Override
  public LocalDate getAsObject(FacesContext faces, UIComponent component, String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    return parse(typed)
        .orElseThrow(
            () -> {
              String message =
                  Messages.format(faces.getViewRoot().getLocale(), "format.date.invalid", typed);
              return new ConverterException(
                  new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
            });
  }

  /** The day {@code typed} names, if it names one in a form this field accepts. */
  static Optional<LocalDate> parse(String typed) {
    Matcher date = DATE.matcher(Normalizer.normalize(typed, Normalizer.Form.NFKC).strip());
    if (!date.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(date.group(1)),
              Integer.parseInt(date.group(2)),
              Integer.parseInt(date.group(3))));
    } catch (DateTimeException notADay) {
      return Optional.empty();
    }
  }

  @Override
  public String getAsString(FacesContext faces, UIComponent component, LocalDate value) {
    return value == null ? "" : value.toString();
  }
}
