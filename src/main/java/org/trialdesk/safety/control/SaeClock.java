package org.trialdesk.safety.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Set;
import org.trialdesk.safety.entity.Attribution;
import org.trialdesk.safety.entity.Seriousness;

/**
 * The reporting clocks of serious adverse events (docs/domain.md §5). The site must report a
 * serious event to the sponsor within the trial's deadline from the moment the site became aware;
 * the sponsor must report a suspected unexpected serious adverse reaction (SUSAR) within 7 calendar
 * days of its own awareness when fatal or life-threatening (with a follow-up 8 days later), else
 * within 15. The hour clock runs on instants (UTC); pages show them in the site's zone, and the
 * calendar days of expedited reports are the site's days.
 */
public final class SaeClock {

  private SaeClock() {}

  /** Grade 5 is death: the death criterion is set for the reporter, never left out. */
  public static boolean serious(Set<Seriousness> criteria, int grade) {
    return grade == 5 || !criteria.isEmpty();
  }

  public static Instant sponsorReportDueAt(Instant siteAwareAt, int deadlineHours) {
    return siteAwareAt.plus(Duration.ofHours(deadlineHours));
  }

  /** Whether the site's report to the sponsor is late at {@code now}. */
  public static boolean overdue(Instant dueAt, Instant reportedAt, Instant now) {
    return reportedAt == null ? now.isAfter(dueAt) : reportedAt.isAfter(dueAt);
  }

  /** Where the site's report to the sponsor stands. */
  public enum ReportStatus {
    PENDING,
    OVERDUE,
    REPORTED_ON_TIME,
    REPORTED_LATE
  }

  public static ReportStatus status(Instant dueAt, Instant reportedAt, Instant now) {
    boolean late = overdue(dueAt, reportedAt, now);
    if (reportedAt == null) {
      return late ? ReportStatus.OVERDUE : ReportStatus.PENDING;
    }
    return late ? ReportStatus.REPORTED_LATE : ReportStatus.REPORTED_ON_TIME;
  }

  /** Serious, unexpected, and suspected (possible or stronger) for at least one agent. */
  public static boolean susar(
      boolean serious, Boolean expected, Collection<Attribution> attributions) {
    return serious
        && Boolean.FALSE.equals(expected)
        && attributions.stream().anyMatch(Attribution::suspected);
  }

  /**
   * The expedited report's day 0 and due date and, for fatal or life-threatening ones, the
   * follow-up's due date.
   */
  public record Expedited(LocalDate day0, LocalDate dueOn, LocalDate followUpDueOn) {}

  /** Where one of the sponsor's expedited reports stands, by calendar day. */
  public enum ExpeditedStatus {
    DUE,
    OVERDUE,
    SUBMITTED_ON_TIME,
    SUBMITTED_LATE
  }

  /** Submitted on the due day is in time; not submitted by the end of it is overdue. */
  public static ExpeditedStatus expeditedStatus(
      LocalDate dueOn, LocalDate submittedOn, LocalDate today) {
    if (submittedOn == null) {
      return today.isAfter(dueOn) ? ExpeditedStatus.OVERDUE : ExpeditedStatus.DUE;
    }
    return submittedOn.isAfter(dueOn)
        ? ExpeditedStatus.SUBMITTED_LATE
        : ExpeditedStatus.SUBMITTED_ON_TIME;
  }

  /**
   * Day 0 is the sponsor's awareness: the site's report. Until the site has reported, its own
   * awareness stands in, which can only bring the due date forward. Calendar days are counted in
   * {@code zone}, the site's, where the event happened: an instant just before midnight UTC is
   * already the next morning in Tokyo.
   */
  public static Expedited expedited(
      Set<Seriousness> criteria, int grade, Instant siteAwareAt, Instant reportedAt, ZoneId zone) {
    LocalDate day0 = (reportedAt != null ? reportedAt : siteAwareAt).atZone(zone).toLocalDate();
    boolean grave =
        grade == 5
            || criteria.contains(Seriousness.DEATH)
            || criteria.contains(Seriousness.LIFE_THREATENING);
    return grave
        ? new Expedited(day0, day0.plusDays(7), day0.plusDays(15))
        : new Expedited(day0, day0.plusDays(15), null);
  }
}
