package org.trialdesk.platform.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Time-stamps on pages: always UTC, written so nobody mistakes them for local time. */
@Named
@ApplicationScoped
public class UtcTime {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  public String of(Instant instant) {
    return instant == null ? "" : FORMAT.format(instant);
  }
}
