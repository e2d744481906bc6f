package org.trialdesk.randomization.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.platform.security.Caller;
import org.trialdesk.randomization.control.BlindingPolicy;
import org.trialdesk.trial.entity.Trial;

/**
 * The blinding policy ({@link BlindingPolicy}) applied to the caller, with the one fact it needs
 * from the database: whether a subject has been unblinded in an emergency ({@link Unblindings}).
 */
@ApplicationScoped
@Transactional
public class Blinding {

  @PersistenceContext EntityManager em;
  @Inject Caller caller;

  /** Whether the caller may know the arm of this subject. */
  public boolean armVisible(Trial trial, Subject subject) {
    // The unblinding lookup only when the answer depends on it.
    return BlindingPolicy.armsVisibleInTrial(trial.isBlinded(), caller.roles())
        || BlindingPolicy.armVisible(
            trial.isBlinded(),
            caller.roles(),
            caller.sites(),
            subject.getSite().getCode(),
            caller.sites().contains(subject.getSite().getCode()) && unblinded(subject));
  }

  /** Whether the caller may know the arms of the trial's subjects in general (lists, tables). */
  public boolean armsVisibleInTrial(Trial trial) {
    return BlindingPolicy.armsVisibleInTrial(trial.isBlinded(), caller.roles());
  }

  /** Whether the caller sees sequence numbers: those who audit, never the sites. */
  public boolean auditor() {
    return BlindingPolicy.auditor(caller.roles());
  }

  private boolean unblinded(Subject subject) {
    return !em.createQuery(
            "select u.id from Unblinding u where u.subjectKey = :subject", Long.class)
        .setParameter("subject", subject.getId())
        .getResultList()
        .isEmpty();
  }
}
