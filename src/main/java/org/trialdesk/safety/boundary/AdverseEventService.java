package org.trialdesk.safety.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.audit.boundary.Signatures;
import org.trialdesk.audit.entity.SignatureMeaning;
import org.trialdesk.enrollment.boundary.EnrollmentService;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.platform.error.ConflictException;
import org.trialdesk.platform.error.FieldError;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.error.NotFoundException;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.validation.ConstraintCheck;
import org.trialdesk.randomization.boundary.RandomizationService;
import org.trialdesk.safety.control.SaeClock;
import org.trialdesk.safety.entity.ActionTaken;
import org.trialdesk.safety.entity.AdverseEvent;
import org.trialdesk.safety.entity.AgentAssessment;
import org.trialdesk.safety.entity.Attribution;
import org.trialdesk.safety.entity.CtcaeTerm;
import org.trialdesk.safety.entity.ExpeditedReport;
import org.trialdesk.safety.entity.ExpeditedReportKind;
import org.trialdesk.safety.entity.Outcome;
import org.trialdesk.safety.entity.Seriousness;
import org.trialdesk.security.boundary.CurrentUser;

/**
 * Adverse events of subjects, recorded by the coordinators and investigators of the subject's site
 * and read by everyone who may see the subject. Every change after the first entry needs a reason;
 * nothing is deleted, a mistaken entry is voided.
 */
@ApplicationScoped
@Transactional
public class AdverseEventService {

  @PersistenceContext EntityManager em;
  @Inject EnrollmentService enrollment;
  @Inject RandomizationService randomization;
  @Inject CtcaeDictionary dictionary;
  @Inject ConstraintCheck validation;
  @Inject CurrentUser caller;
  @Inject AuditTrail trail;
  @Inject Signatures signatures;
  @Inject Clock clock;

  public AdverseEvent create(String trialCode, String subjectId, AdverseEventDocument doc) {
    Subject subject = enrollment.forChange(trialCode, subjectId);
    AdverseEvent event = new AdverseEvent(subject, caller.username(), Instant.now(clock));
    event.apply(checked(subject, doc, List.of()));
    em.persist(event);
    trail.created(event);
    return event;
  }

  public AdverseEvent update(
      String trialCode, String subjectId, long id, AdverseEventDocument doc) {
    Subject subject = enrollment.forChange(trialCode, subjectId);
    AdverseEvent event = find(subject, id);
    if (event.isVoided()) {
      throw new ConflictException(null, "ae.voided", id);
    }
    if (doc != null && doc.version() != null && doc.version() != event.getVersion()) {
      throw new ConflictException(null, "problem.concurrentChange");
    }
    String reason = AuditTrail.requireReason(doc == null ? null : doc.reasonForChange());
    Map<String, String> before = event.auditState();
    event.apply(checked(subject, doc, event.getAgents()));
    try {
      em.flush();
    } catch (OptimisticLockException changedMeanwhile) {
      throw new ConflictException(null, "problem.concurrentChange");
    }
    trail.changed(event, before, reason);
    return event;
  }

  public AdverseEvent voidEvent(String trialCode, String subjectId, long id, String reason) {
    Subject subject = enrollment.forChange(trialCode, subjectId);
    AdverseEvent event = find(subject, id);
    trail.voided(event, reason, "ae.voided", id);
    return event;
  }

  /**
   * An investigator of the subject's site signs a serious event as it stands (the SAE report). A
   * voided or non-serious event is no report, so it cannot be signed.
   */
  public Signatures.Shown sign(String trialCode, String subjectId, long id, String password) {
    caller.require(Capability.SIGN_ADVERSE_EVENTS);
    AdverseEvent event = find(enrollment.forChange(trialCode, subjectId), id);
    if (event.isVoided()) {
      throw new ConflictException(null, "ae.voided", id);
    }
    if (!event.isSerious()) {
      throw new ConflictException(null, "ae.sign.notSerious", id);
    }
    signatures.sign(event, SignatureMeaning.APPROVED, password);
    return signatures.of(event).get(0);
  }

  public List<AdverseEvent> ofSubject(String trialCode, String subjectId) {
    Subject subject = enrollment.find(trialCode, subjectId);
    return em.createQuery(
            "select e from AdverseEvent e where e.subject = :subject order by e.onsetDate, e.id",
            AdverseEvent.class)
        .setParameter("subject", subject)
        .getResultList();
  }

  public AdverseEvent find(String trialCode, String subjectId, long id) {
    return find(enrollment.find(trialCode, subjectId), id);
  }

  private AdverseEvent find(Subject subject, long id) {
    AdverseEvent event = em.find(AdverseEvent.class, id);
    if (event == null || !event.getSubject().getId().equals(subject.getId())) {
      throw new NotFoundException("ae.notFound", id, subject.getSubjectId());
    }
    return event;
  }

  /** The agents a reporter attributes the event to (see {@link RandomizationService#agentsOf}). */
  public List<String> agentsOf(Subject subject) {
    return randomization.agentsOf(subject);
  }

  /** Every rule of docs/domain.md §5, all problems reported at once with their fields. */
  private AdverseEvent.Report checked(
      Subject subject, AdverseEventDocument doc, List<AgentAssessment> assessedBefore) {
    validation.require(doc);
    List<FieldError> errors = new ArrayList<>();
    CtcaeTerm term = em.find(CtcaeTerm.class, doc.meddraCode());
    if (term == null) {
      throw new InvalidFieldsException(
          List.of(
              validation.error("meddraCode", "ae.term.unknown", String.valueOf(doc.meddraCode()))));
    }
    int grade = doc.grade();
    if (!term.validGrades().contains(grade)) {
      errors.add(
          validation.error("grade", "ae.grade.invalid", grade, term.getTerm(), term.validGrades()));
    }
    if (term.isOtherSpecify() && (doc.verbatim() == null || doc.verbatim().isBlank())) {
      errors.add(validation.error("verbatim", "ae.verbatim.required", term.getTerm()));
    }
    ZoneId siteZone = subject.getSite().zone();
    LocalDate today = subject.getSite().today(clock);
    if (doc.onsetDate().isAfter(today)) {
      errors.add(validation.error("onsetDate", "ae.date.future", today));
    }
    if (subject.getConsentSignedOn() == null) {
      // Adverse events are collected from informed consent on; without it there is nothing to log.
      errors.add(validation.error("onsetDate", "ae.onset.noConsent", subject.getSubjectId()));
    } else if (doc.onsetDate().isBefore(subject.getConsentSignedOn())) {
      errors.add(
          validation.error("onsetDate", "ae.onset.beforeConsent", subject.getConsentSignedOn()));
    }
    if (doc.resolutionDate() != null) {
      if (doc.resolutionDate().isBefore(doc.onsetDate())) {
        errors.add(validation.error("resolutionDate", "ae.resolution.beforeOnset"));
      } else if (doc.resolutionDate().isAfter(today)) {
        errors.add(validation.error("resolutionDate", "ae.date.future", today));
      }
    }
    Set<Seriousness> criteria = EnumSet.noneOf(Seriousness.class);
    if (doc.seriousness() != null) {
      doc.seriousness().forEach(s -> criteria.add(Seriousness.valueOf(s)));
    }
    // Death, grade 5 and a fatal outcome say the same thing three ways (CTCAE: grade 5 is death
    // related to the event); they must agree, so no fatal event escapes the SAE rules.
    Outcome outcome = Outcome.valueOf(doc.outcome());
    if ((grade == 5 || criteria.contains(Seriousness.DEATH)) && outcome != Outcome.FATAL) {
      errors.add(validation.error("outcome", "ae.outcome.mustBeFatal"));
    }
    if (outcome == Outcome.FATAL && grade != 5) {
      errors.add(validation.error("outcome", "ae.outcome.fatalNeedsGrade5"));
    }
    if (grade == 5) {
      // The death criterion is set for the reporter, not left to chance.
      criteria.add(Seriousness.DEATH);
    }
    boolean serious = SaeClock.serious(criteria, grade);
    Instant now = Instant.now(clock);
    if (serious && doc.siteAwareAt() == null) {
      errors.add(validation.error("siteAwareAt", "ae.siteAware.required"));
    }
    if (serious && doc.expected() == null) {
      errors.add(validation.error("expected", "ae.expected.required"));
    }
    if (doc.siteAwareAt() != null && doc.siteAwareAt().isAfter(now)) {
      errors.add(validation.error("siteAwareAt", "ae.instant.future"));
    } else if (doc.siteAwareAt() != null
        && doc.siteAwareAt().atZone(siteZone).toLocalDate().isBefore(doc.onsetDate())) {
      errors.add(validation.error("siteAwareAt", "ae.siteAware.beforeOnset", doc.onsetDate()));
    }
    if (doc.reportedAt() != null) {
      if (doc.reportedAt().isAfter(now)) {
        errors.add(validation.error("reportedAt", "ae.instant.future"));
      } else if (doc.siteAwareAt() != null && doc.reportedAt().isBefore(doc.siteAwareAt())) {
        errors.add(validation.error("reportedAt", "ae.reported.beforeAware"));
      }
    }
    List<AgentAssessment> agents = new ArrayList<>();
    Map<String, String> attribution = doc.attribution() == null ? Map.of() : doc.attribution();
    Map<String, String> action = doc.action() == null ? Map.of() : doc.action();
    List<String> regimen = agentsOf(subject);
    // Agents assessed before stay assessable: in a blinded trial the site attributes to every arm's
    // agents, and after an emergency unblinding it sees only its subject's arm.
    Set<String> assessable = new LinkedHashSet<>(regimen);
    assessedBefore.forEach(a -> assessable.add(a.getAgent()));
    for (String agent : assessable) {
      String given = attribution.get(agent);
      if (given == null) {
        if (regimen.contains(agent)) {
          errors.add(validation.error("attribution." + agent, "ae.attribution.missing", agent));
        }
      } else {
        String done = action.get(agent);
        agents.add(
            new AgentAssessment(
                agent,
                Attribution.valueOf(given),
                done == null ? ActionTaken.NONE : ActionTaken.valueOf(done)));
      }
    }
    for (String agent : attribution.keySet()) {
      if (!assessable.contains(agent)) {
        errors.add(validation.error("attribution." + agent, "ae.attribution.unknownAgent", agent));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    return new AdverseEvent.Report(
        term,
        doc.verbatim(),
        grade,
        doc.onsetDate(),
        doc.resolutionDate(),
        criteria,
        agents,
        doc.expected(),
        outcome,
        doc.siteAwareAt(),
        doc.reportedAt());
  }

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

  /** The event as the API shows it, with its clocks. */
  public AdverseEventDocument document(AdverseEvent e) {
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
        e.getTerm().getTerm(),
        e.getTerm().getSoc(),
        e.getVerbatim(),
        e.getGrade(),
        e.getTerm().gradeDescription(e.getGrade()),
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
