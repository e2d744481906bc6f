package org.trialdesk.randomization.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.trialdesk.enrollment.boundary.EnrollmentService;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.platform.error.NotFoundException;
import org.trialdesk.randomization.entity.Allocation;

/**
 * Reading a subject's assignment, as the caller may see it: the arm only where the blinding policy
 * lets the caller know it ({@link Blinding}), sequence numbers only for those who audit, and the
 * receipt the site keeps. Other capabilities (treatment, safety) ask here whether and when a
 * subject was randomized.
 */
@ApplicationScoped
@Transactional
public class Assignments {

  @PersistenceContext EntityManager em;
  @Inject EnrollmentService enrollment;
  @Inject Blinding blinding;
  @Inject ReceiptKeys receipts;

  /** The subject's allocation, if it has been randomized (or imported). */
  public Optional<Allocation> allocationOf(Subject subject) {
    return em.createQuery(
            "select a from Allocation a where a.trialId = :trial and a.subjectKey = :subject",
            Allocation.class)
        .setParameter("trial", subject.getTrial().getId())
        .setParameter("subject", subject.getId())
        .getResultStream()
        .findFirst();
  }

  /** The assignment of a subject the caller may see, or 404 when there is none yet. */
  public AssignmentDocument assignment(String trialCode, String subjectId) {
    Subject subject = enrollment.find(trialCode, subjectId);
    Allocation allocation =
        allocationOf(subject)
            .orElseThrow(() -> new NotFoundException("randomization.notYet", subjectId));
    return document(allocation, subject);
  }

  /** The assignment as this caller may see it. */
  public AssignmentDocument document(Allocation allocation, Subject subject) {
    return AssignmentDocument.of(
        allocation,
        blinding.armVisible(subject.getTrial(), subject),
        blinding.auditor(),
        receipts.receiptOf(subject.getTrial().getCode(), allocation));
  }
}
