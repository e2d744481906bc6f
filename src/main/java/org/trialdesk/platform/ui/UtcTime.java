package org.trialdesk.platform.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Time-stamps on pages, always with their zone so nobody mistakes one for another: UTC for records
 * of the system (audit, allocations), the site's zone for a deadline the site must meet.
 */
@Named
@ApplicationScoped
public class UtcTime {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

  public String of(Instant instant) {
    return instant == null ? "" : FORMAT.format(instant);
  }

  /** The instant in a site's zone, e.g. {@code 2026-02-03 07:30 JST}. */
  public String atSite(Instant instant, String zoneId) {
    return instant == null ? "" : LOCAL.withZone(ZoneId.of(zoneId)).format(instant);
  }
}
