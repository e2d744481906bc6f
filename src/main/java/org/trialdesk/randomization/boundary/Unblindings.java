package org.trialdesk.randomization.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.audit.entity.AuditAction;
import org.trialdesk.enrollment.boundary.EnrollmentService;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.platform.error.ConflictException;
import org.trialdesk.platform.error.InvalidInputException;
import org.trialdesk.platform.security.Caller;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.security.PasswordConfirmation;
import org.trialdesk.platform.security.Role;
import org.trialdesk.randomization.entity.Allocation;
import org.trialdesk.randomization.entity.Notification;
import org.trialdesk.randomization.entity.Unblinding;

/**
 * Emergency unblinding of one subject, and the record of it. Reveals the arm to the subject's site
 * from then on ({@link Blinding}).
 */
@ApplicationScoped
@Transactional
public class Unblindings {

  @PersistenceContext EntityManager em;
  @Inject EnrollmentService enrollment;
  @Inject Assignments assignments;
  @Inject Caller caller;
  @Inject PasswordConfirmation passwords;
  @Inject AuditTrail trail;
  @Inject Clock clock;

  /**
   * An investigator of the subject's site unblinds it, giving a reason and entering the password
   * again. Logged, and the monitors are notified. Answers the assignment as the caller now sees it.
   */
  public AssignmentDocument unblind(
      String trialCode, String subjectId, String reason, String password) {
    caller.require(Capability.UNBLIND);
    Subject subject = enrollment.forChange(trialCode, subjectId);
    if (!subject.getTrial().isBlinded()) {
      throw new ConflictException(null, "unblinding.notBlinded", trialCode);
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "reasonForChange.required");
    }
    String why = reason.trim();
    Allocation allocation =
        assignments
            .allocationOf(subject)
            .orElseThrow(() -> new ConflictException(null, "randomization.notYet", subjectId));
    if (passwords.printedNameIfCorrect(caller.username(), password) == null) {
      throw new InvalidInputException("password", "signature.wrongPassword");
    }
    Instant now = Instant.now(clock);
    em.persist(
        new Unblinding(subject.getTrial().getId(), subject.getId(), why, caller.username(), now));
    em.persist(
        new Notification(
            subject.getTrial().getId(),
            Role.MONITOR.name(),
            Notification.UNBLINDING,
            subjectId,
            why,
            caller.username(),
            now));
    trail.event(AuditAction.UNBLIND, subject, why);
    return assignments.document(allocation, subject);
  }

  public List<Unblinding> unblindings(Subject subject) {
    return em.createQuery(
            "select u from Unblinding u where u.subjectKey = :subject order by u.unblindedAt",
            Unblinding.class)
        .setParameter("subject", subject.getId())
        .getResultList();
  }
}
