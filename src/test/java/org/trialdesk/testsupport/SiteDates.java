package org.trialdesk.testsupport;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Dates as the test sites count them. Every site the tests use is in Tokyo, and the server checks
 * dates (consent, onset, doses) against the site's calendar, so a test that took the machine's date
 * would fail between 15:00 and 24:00 UTC, when Tokyo is already a day ahead.
 */
public final class SiteDates {

  public static final ZoneId SITE_ZONE = ZoneId.of("Asia/Tokyo");

  private SiteDates() {}

  public static LocalDate today() {
    return LocalDate.now(SITE_ZONE);
  }
}
