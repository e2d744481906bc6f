package org.trialdesk.safety.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.trialdesk.platform.validation.EnumName;
import org.trialdesk.safety.control.SaeClock;
import org.trialdesk.safety.entity.ActionTaken;
import org.trialdesk.safety.entity.Attribution;
import org.trialdesk.safety.entity.Outcome;
import org.trialdesk.safety.entity.Seriousness;

/**
 * An adverse event as the API reads and writes it (docs/api.md). {@code attribution} and {@code
 * action} are keyed by agent; the fields after {@code reportedAt} are only returned, except {@code
 * reasonForChange}, which an update needs, and {@code version}, which an update may send back to be
 * refused if someone else changed the event since it was read.
 */
public record AdverseEventDocument(
    Long id,
    String subjectId,
    @NotNull Long meddraCode,
    String term,
    String soc,
    @Size(max = 500) String verbatim,
    @NotNull @Min(1) @Max(5) Integer grade,
    String gradeDescription,
    @NotNull LocalDate onsetDate,
    LocalDate resolutionDate,
    List<@NotNull @EnumName(Seriousness.class) String> seriousness,
    Map<String, @NotNull @EnumName(Attribution.class) String> attribution,
    Map<String, @NotNull @EnumName(ActionTaken.class) String> action,
    Boolean expected,
    @NotNull @EnumName(Outcome.class) String outcome,
    Instant siteAwareAt,
    Instant reportedAt,
    Boolean serious,
    Instant sponsorReportDueAt,
    Boolean overdue,
    @EnumName(SaeClock.ReportStatus.class) String reportStatus,
    Boolean susar,
    LocalDate expeditedReportDueOn,
    LocalDate expeditedFollowUpDueOn,
    LocalDate expeditedReportSubmittedOn,
    @EnumName(SaeClock.ExpeditedStatus.class) String expeditedStatus,
    LocalDate expeditedFollowUpSubmittedOn,
    @EnumName(SaeClock.ExpeditedStatus.class) String expeditedFollowUpStatus,
    Boolean voided,
    String voidReason,
    Long version,
    @Size(max = 1000) String reasonForChange) {

  /** What a reporter writes, without the fields that are only returned. */
  public static AdverseEventDocument written(
      String subjectId,
      Long meddraCode,
      String verbatim,
      Integer grade,
      LocalDate onsetDate,
      LocalDate resolutionDate,
      List<String> seriousness,
      Map<String, String> attribution,
      Map<String, String> action,
      Boolean expected,
      String outcome,
      Instant siteAwareAt,
      Instant reportedAt,
      Long version,
      String reasonForChange) {
    return new AdverseEventDocument(
        null,
        subjectId,
        meddraCode,
        null,
        null,
        verbatim,
        grade,
        null,
        onsetDate,
        resolutionDate,
        seriousness,
        attribution,
        action,
        expected,
        outcome,
        siteAwareAt,
        reportedAt,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        version,
        reasonForChange);
  }
}
