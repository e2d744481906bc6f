package org.trialdesk.platform.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.trialdesk.platform.i18n.Messages;
import org.trialdesk.platform.i18n.PageLocale;
import org.trialdesk.platform.time.ViewerZone;

/**
 * Times and dates on pages: every instant in the viewer's zone with the zone named (a site in Osaka
 * reads {@code 2026/12/02 22:51 JST}, never the UTC value), every date in the page language's form.
 */
@Named
@RequestScoped
public class PageTime {

  @Inject ViewerZone viewer;
  @Inject PageLocale page;

  private Locale locale;
  private DateTimeFormatter instants;

  /** The instant in the viewer's zone, e.g. {@code 2026-12-02 22:51 JST}; blank for none. */
  public String of(Instant instant) {
    return instant == null ? "" : instants().format(instant);
  }

  /** A calendar date in the page language's form, e.g. {@code 2026/12/02} in Japanese. */
  public String date(LocalDate date) {
    return date == null ? "" : Messages.date(locale(), date);
  }

  /** The viewer's zone, e.g. {@code Asia/Tokyo}, for labels that name it. */
  public ZoneId getZone() {
    return viewer.zone();
  }

  private DateTimeFormatter instants() {
    if (instants == null) {
      instants =
          DateTimeFormatter.ofPattern(Messages.format(locale(), "format.instant"), locale())
              .withZone(viewer.zone());
    }
    return instants;
  }

  private Locale locale() {
    if (locale == null) {
      locale = page.current().orElse(Locale.ENGLISH);
    }
    return locale;
  }
}
