package org.trialdesk.safety.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.audit.boundary.Signatures;
import org.trialdesk.audit.entity.SignatureMeaning;
import org.trialdesk.enrollment.boundary.EnrollmentService;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.platform.error.ConflictException;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.error.NotFoundException;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.validation.ConstraintCheck;
import org.trialdesk.randomization.boundary.SubjectRegimen;
import org.trialdesk.safety.control.AdverseEventRules;
import org.trialdesk.safety.entity.AdverseEvent;
import org.trialdesk.safety.entity.AgentAssessment;
import org.trialdesk.safety.entity.CtcaeTerm;
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
  @Inject SubjectRegimen regimens;
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

  /** The agents a reporter attributes the event to (see {@link SubjectRegimen#agentsOf}). */
  public List<String> agentsOf(Subject subject) {
    return regimens.agentsOf(subject);
  }

  /** The rules of {@link AdverseEventRules} with the facts they need looked up here. */
  private AdverseEvent.Report checked(
      Subject subject, AdverseEventDocument doc, List<AgentAssessment> assessedBefore) {
    validation.require(doc);
    CtcaeTerm term = em.find(CtcaeTerm.class, doc.meddraCode());
    if (term == null) {
      throw new InvalidFieldsException(
          List.of(
              validation.error("meddraCode", "ae.term.unknown", String.valueOf(doc.meddraCode()))));
    }
    AdverseEventRules.Checked checked =
        AdverseEventRules.check(
            term,
            new AdverseEventRules.Entry(
                doc.grade(),
                doc.verbatim(),
                doc.onsetDate(),
                doc.resolutionDate(),
                doc.seriousness(),
                doc.attribution(),
                doc.action(),
                doc.expected(),
                doc.outcome(),
                doc.siteAwareAt(),
                doc.reportedAt()),
            new AdverseEventRules.Circumstances(
                Instant.now(clock),
                subject.getSite().today(clock),
                subject.getSite().zone(),
                subject.getSubjectId(),
                subject.getConsentSignedOn(),
                agentsOf(subject),
                assessedBefore.stream().map(AgentAssessment::getAgent).toList()));
    validation.refuse(checked.refusals());
    return checked.report();
  }
}
