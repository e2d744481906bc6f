package org.trialdesk.safety.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.platform.error.ConflictException;
import org.trialdesk.platform.error.InvalidInputException;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.validation.ConstraintCheck;
import org.trialdesk.safety.control.SaeClock;
import org.trialdesk.safety.entity.AdverseEvent;
import org.trialdesk.safety.entity.ExpeditedReport;
import org.trialdesk.safety.entity.ExpeditedReportKind;
import org.trialdesk.security.boundary.CurrentUser;

/**
 * The sponsor's side of a SUSAR: its data manager records the day each expedited report went to the
 * authorities, so the event shows whether it was submitted in time. Days are the site's calendar
 * days, as the due dates are.
 */
@ApplicationScoped
@Transactional
public class ExpeditedReports {

  @PersistenceContext EntityManager em;
  @Inject AdverseEventService events;
  @Inject AdverseEventDocuments documents;
  @Inject ConstraintCheck validation;
  @Inject CurrentUser caller;
  @Inject AuditTrail trail;
  @Inject Clock clock;

  public AdverseEvent record(
      String trialCode, String subjectId, long id, ExpeditedReportRequest request) {
    caller.require(Capability.RECORD_EXPEDITED_REPORTS);
    validation.require(request);
    AdverseEvent event = events.find(trialCode, subjectId, id);
    if (event.isVoided()) {
      throw new ConflictException(null, "ae.voided", id);
    }
    SaeClock.Expedited due = AdverseEventDocuments.expeditedDue(event);
    if (due == null) {
      throw new ConflictException(null, "ae.expedited.notSusar", id);
    }
    ExpeditedReportKind kind = ExpeditedReportKind.valueOf(request.kind());
    if (kind == ExpeditedReportKind.FOLLOW_UP && due.followUpDueOn() == null) {
      throw new ConflictException("kind", "ae.expedited.noFollowUp", id);
    }
    Map<ExpeditedReportKind, ExpeditedReport> reports = documents.expeditedReportsOf(event);
    LocalDate today = event.getSubject().getSite().today(clock);
    LocalDate on = request.submittedOn();
    if (on.isAfter(today)) {
      throw new InvalidInputException("submittedOn", "ae.date.future", today);
    }
    if (on.isBefore(due.day0())) {
      throw new InvalidInputException("submittedOn", "ae.expedited.beforeDay0", due.day0());
    }
    LocalDate followUp = AdverseEventDocuments.submittedOn(reports, ExpeditedReportKind.FOLLOW_UP);
    if (kind == ExpeditedReportKind.INITIAL && followUp != null && on.isAfter(followUp)) {
      throw new InvalidInputException("submittedOn", "ae.expedited.afterFollowUp", followUp);
    }
    if (kind == ExpeditedReportKind.FOLLOW_UP) {
      LocalDate initial = AdverseEventDocuments.submittedOn(reports, ExpeditedReportKind.INITIAL);
      if (initial == null) {
        throw new ConflictException("kind", "ae.expedited.initialFirst");
      }
      if (on.isBefore(initial)) {
        throw new InvalidInputException("submittedOn", "ae.expedited.beforeInitial", initial);
      }
    }
    ExpeditedReport report = reports.get(kind);
    if (report == null) {
      report = new ExpeditedReport(event, kind);
      report.submitted(on, caller.username(), Instant.now(clock));
      em.persist(report);
      try {
        em.flush();
      } catch (PersistenceException recordedMeanwhile) {
        // Another data manager recorded the same report a moment ago (unique per event and kind).
        throw new ConflictException(null, "problem.concurrentChange");
      }
      trail.created(report);
    } else {
      // A correction of a day recorded before, like any change, carries its reason.
      String reason = AuditTrail.requireReason(request.reasonForChange());
      Map<String, String> before = report.auditState();
      report.submitted(on, caller.username(), Instant.now(clock));
      trail.changed(report, before, reason);
    }
    return event;
  }
}
