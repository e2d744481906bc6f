package org.trialdesk.safety.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.trialdesk.platform.i18n.CallerLocale;
import org.trialdesk.platform.security.Caller;
import org.trialdesk.safety.control.SaeClock;
import org.trialdesk.safety.entity.AdverseEvent;
import org.trialdesk.safety.entity.AgentAssessment;
import org.trialdesk.safety.entity.ExpeditedReport;
import org.trialdesk.safety.entity.ExpeditedReportKind;

/**
 * Adverse events as the API and the pages show them: the entry with its clocks (the sponsor's SAE
 * deadline, the expedited reports of a SUSAR), what the reader's side may see of them.
 */
@ApplicationScoped
@Transactional
public class AdverseEventDocuments {

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject CallerLocale locale;

  /** Touches what documents and pages show, so it is loaded inside the transaction. */
  static AdverseEvent loaded(AdverseEvent event) {
    event.getSubject().getSite().getCode();
    event.getSubject().getTrial().getSaeDeadlineHours();
    event.getTerm().getTerm();
    return event;
  }

  /**
   * Whether the event is a suspected unexpected serious adverse reaction. A voided entry was a
   * mistake: it owes nobody a report, so it is none.
   */
  static boolean susar(AdverseEvent e) {
    return !e.isVoided()
        && SaeClock.susar(
            e.isSerious(),
            e.getExpected(),
            e.getAgents().stream().map(AgentAssessment::getAttribution).toList());
  }

  /** The sponsor's expedited reporting dates of a SUSAR; null for any other event. */
  static SaeClock.Expedited expeditedDue(AdverseEvent e) {
    return susar(e) && e.getSiteAwareAt() != null
        ? SaeClock.expedited(
            e.getSeriousness(),
            e.getGrade(),
            e.getSiteAwareAt(),
            e.getReportedAt(),
            e.getSubject().getSite().zone())
        : null;
  }

  /** The sponsor's expedited reports of the event recorded so far, by kind. */
  Map<ExpeditedReportKind, ExpeditedReport> expeditedReportsOf(AdverseEvent e) {
    Map<ExpeditedReportKind, ExpeditedReport> reports = new EnumMap<>(ExpeditedReportKind.class);
    em.createQuery("select r from ExpeditedReport r where r.event = :event", ExpeditedReport.class)
        .setParameter("event", e)
        .getResultList()
        .forEach(r -> reports.put(r.getKind(), r));
    return reports;
  }

  /** The day a report was submitted; null when it has not been recorded. */
  static LocalDate submittedOn(
      Map<ExpeditedReportKind, ExpeditedReport> reports, ExpeditedReportKind kind) {
    ExpeditedReport report = reports.get(kind);
    return report == null ? null : report.getSubmittedOn();
  }

  /**
   * The event as the API shows it, with its clocks; the term's texts in the reader's language
   * (English where the dictionary has no Japanese one).
   */
  public AdverseEventDocument document(AdverseEvent e) {
    Locale reader = locale.get();
    Integer deadline = e.getSubject().getTrial().getSaeDeadlineHours();
    boolean serious = e.isSerious();
    // A voided entry was a mistake: it owes nobody a report, so it carries no clocks.
    Instant due =
        serious && e.getSiteAwareAt() != null && !e.isVoided()
            ? SaeClock.sponsorReportDueAt(e.getSiteAwareAt(), deadline)
            : null;
    boolean susar = susar(e);
    SaeClock.Expedited expedited = expeditedDue(e);
    // What the sponsor submitted stays with the sponsor's side: sponsors often unblind a SUSAR and
    // report only those on the investigational product, so the site could read the arm from it.
    boolean sponsorSide = !caller.siteScoped();
    Map<ExpeditedReportKind, ExpeditedReport> reports =
        expedited == null || !sponsorSide ? Map.of() : expeditedReportsOf(e);
    LocalDate initialOn = submittedOn(reports, ExpeditedReportKind.INITIAL);
    LocalDate followUpOn = submittedOn(reports, ExpeditedReportKind.FOLLOW_UP);
    LocalDate siteToday = e.getSubject().getSite().today(clock);
    Map<String, String> attribution = new LinkedHashMap<>();
    Map<String, String> action = new LinkedHashMap<>();
    e.getAgents()
        .forEach(
            a -> {
              attribution.put(a.getAgent(), a.getAttribution().name());
              action.put(a.getAgent(), a.getActionTaken().name());
            });
    return new AdverseEventDocument(
        e.getId(),
        e.getSubject().getSubjectId(),
        e.getTerm().getMeddraCode(),
        e.getTerm().termIn(reader),
        e.getTerm().socIn(reader),
        e.getVerbatim(),
        e.getGrade(),
        e.getTerm().gradeDescriptionIn(e.getGrade(), reader),
        e.getOnsetDate(),
        e.getResolutionDate(),
        e.getSeriousness().stream().map(Enum::name).sorted().toList(),
        attribution,
        action,
        e.getExpected(),
        e.getOutcome().name(),
        e.getSiteAwareAt(),
        e.getReportedAt(),
        serious,
        due,
        due != null
            && !e.isVoided()
            && SaeClock.overdue(due, e.getReportedAt(), Instant.now(clock)),
        due == null || e.isVoided()
            ? null
            : SaeClock.status(due, e.getReportedAt(), Instant.now(clock)).name(),
        susar,
        expedited == null ? null : expedited.dueOn(),
        expedited == null ? null : expedited.followUpDueOn(),
        initialOn,
        expedited == null || !sponsorSide
            ? null
            : SaeClock.expeditedStatus(expedited.dueOn(), initialOn, siteToday).name(),
        followUpOn,
        expedited == null || expedited.followUpDueOn() == null || !sponsorSide
            ? null
            : SaeClock.expeditedStatus(expedited.followUpDueOn(), followUpOn, siteToday).name(),
        e.isVoided(),
        e.getVoidReason(),
        e.getVersion(),
        null);
  }
}
