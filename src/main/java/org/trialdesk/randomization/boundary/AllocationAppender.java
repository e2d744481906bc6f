package org.trialdesk.randomization.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.trialdesk.randomization.control.AllocationChain;
import org.trialdesk.randomization.entity.Allocation;
import org.trialdesk.randomization.entity.AllocationHead;
import org.trialdesk.randomization.entity.StratumState;

/**
 * The one way an allocation joins a trial's log, for randomization and import alike: at the next
 * sequence, hashed onto the previous record, with the head moved on in the same transaction. The
 * caller holds the head's row lock.
 */
@ApplicationScoped
@Transactional
public class AllocationAppender {

  @PersistenceContext EntityManager em;

  /** The sequence number the next allocation of the trial takes. */
  public long nextSequence(AllocationHead head) {
    return head.getLastSequence() + 1;
  }

  /** Appends the allocation at {@code sequence}, which must be {@link #nextSequence}. */
  public Allocation append(
      AllocationHead head, long sequence, Allocation.Facts facts, Instant at, String by) {
    if (sequence != nextSequence(head)) {
      throw new IllegalStateException(
          "Allocation " + sequence + " is not next in the chain of trial " + head.getTrialId());
    }
    Allocation allocation = new Allocation(head.getTrialId(), sequence, facts, at, by);
    allocation.chain(head.getLastHash(), AllocationChain::hashOf);
    em.persist(allocation);
    head.advance(sequence, allocation.getHash());
    return allocation;
  }

  /** The stratum's state row, created on its first subject (under the head lock). */
  public StratumState stratumState(Long trialId, String stratum) {
    return em.createQuery(
            "select s from StratumState s where s.trialId = :trial and s.stratum = :stratum",
            StratumState.class)
        .setParameter("trial", trialId)
        .setParameter("stratum", stratum)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              StratumState created = new StratumState(trialId, stratum);
              em.persist(created);
              return created;
            });
  }
}
