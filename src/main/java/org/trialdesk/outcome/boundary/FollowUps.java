package org.trialdesk.outcome.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.enrollment.boundary.EnrollmentService;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.enrollment.entity.SubjectStatus;
import org.trialdesk.outcome.control.FollowUpRules;
import org.trialdesk.outcome.entity.DeathCause;
import org.trialdesk.outcome.entity.FollowUp;
import org.trialdesk.outcome.entity.RecurrenceLocation;
import org.trialdesk.outcome.entity.VitalStatus;
import org.trialdesk.platform.error.ConflictException;
import org.trialdesk.platform.error.NotFoundException;
import org.trialdesk.platform.validation.ConstraintCheck;
import org.trialdesk.randomization.boundary.Assignments;
import org.trialdesk.randomization.entity.Allocation;
import org.trialdesk.security.boundary.CurrentUser;

/**
 * Follow-up contacts of randomized subjects, recorded by the coordinators and investigators of
 * their site ({@link FollowUpRules}). A death moves the subject to DIED where its status allows.
 */
@ApplicationScoped
@Transactional
public class FollowUps {

  @PersistenceContext EntityManager em;
  @Inject EnrollmentService enrollment;
  @Inject Assignments assignments;
  @Inject ConstraintCheck validation;
  @Inject CurrentUser caller;
  @Inject AuditTrail trail;
  @Inject Clock clock;

  public FollowUp record(String trialCode, String subjectId, FollowUpDocument doc) {
    Subject subject = enrollment.forChange(trialCode, subjectId);
    validation.require(doc);
    Allocation allocation =
        assignments
            .allocationOf(subject)
            .orElseThrow(() -> new ConflictException(null, "outcome.notRandomized", subjectId));
    LocalDate randomizedOn =
        allocation.getRandomizedAt().atZone(subject.getSite().zone()).toLocalDate();
    List<FollowUpRules.Contact> earlier = of(subject).stream().map(FollowUps::contact).toList();
    FollowUp followUp =
        new FollowUp(
            subject,
            doc.contactDate(),
            VitalStatus.valueOf(doc.vitalStatus()),
            doc.deathDate(),
            doc.deathCause() == null ? null : DeathCause.valueOf(doc.deathCause()),
            doc.recurrence() == null ? null : doc.recurrence().date(),
            doc.recurrence() == null
                ? null
                : RecurrenceLocation.valueOf(doc.recurrence().location()),
            caller.username(),
            Instant.now(clock));
    validation.refuse(
        FollowUpRules.refusals(
            contact(followUp), randomizedOn, subject.getSite().today(clock), earlier));
    em.persist(followUp);
    trail.created(followUp);
    if (followUp.getVitalStatus() == VitalStatus.DEAD
        && subject.getStatus().canChangeTo(SubjectStatus.DIED)) {
      // The follow-up recorded in the same transaction, and audited with it, is the reason.
      Map<String, String> before = subject.auditState();
      subject.changeStatus(SubjectStatus.DIED, null);
      trail.changed(subject, before, null);
    }
    return followUp;
  }

  public FollowUp voidFollowUp(String trialCode, String subjectId, long id, String reason) {
    Subject subject = enrollment.forChange(trialCode, subjectId);
    FollowUp followUp = em.find(FollowUp.class, id);
    if (followUp == null || !followUp.getSubject().getId().equals(subject.getId())) {
      throw new NotFoundException("followUp.notFound", id, subjectId);
    }
    trail.voided(followUp, reason, "followUp.voided", id);
    return followUp;
  }

  /** A subject's contacts in date order, voided ones included. */
  public List<FollowUpDocument> documents(String trialCode, String subjectId) {
    return all(enrollment.find(trialCode, subjectId)).stream().map(FollowUps::document).toList();
  }

  List<FollowUp> all(Subject subject) {
    return em.createQuery(
            "select f from FollowUp f where f.subject = :subject order by f.contactDate, f.id",
            FollowUp.class)
        .setParameter("subject", subject)
        .getResultList();
  }

  private List<FollowUp> of(Subject subject) {
    return all(subject).stream().filter(f -> !f.isVoided()).toList();
  }

  private static FollowUpRules.Contact contact(FollowUp f) {
    return new FollowUpRules.Contact(
        f.getContactDate(),
        f.getVitalStatus(),
        f.getDeathDate(),
        f.getDeathCause() != null,
        f.getRecurrenceDate());
  }

  public static FollowUpDocument document(FollowUp f) {
    return new FollowUpDocument(
        f.getId(),
        f.getContactDate(),
        f.getVitalStatus().name(),
        f.getDeathDate(),
        f.getDeathCause() == null ? null : f.getDeathCause().name(),
        f.getRecurrenceDate() == null
            ? null
            : new FollowUpDocument.Recurrence(
                f.getRecurrenceDate(), f.getRecurrenceLocation().name()),
        f.getRecordedBy(),
        f.isVoided(),
        f.getVoidReason());
  }
}
