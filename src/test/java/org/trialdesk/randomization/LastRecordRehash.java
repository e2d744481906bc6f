package org.trialdesk.randomization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.trialdesk.randomization.control.AllocationChain;
import org.trialdesk.randomization.entity.Allocation;

/**
 * Test-only bean deployed with {@link AllocationHeadIT}: what a forger with database access and the
 * source code would compute, the hash that makes an altered last record consistent with itself.
 */
@ApplicationScoped
public class LastRecordRehash {

  @PersistenceContext EntityManager em;

  /** The hash of the trial's last allocation as the database holds it now. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public String hashOfLast(String trialCode) {
    Allocation last =
        em.createQuery(
                "select a from Allocation a where a.trialId ="
                    + " (select t.id from Trial t where t.code = :code) order by a.sequence desc",
                Allocation.class)
            .setParameter("code", trialCode)
            .setMaxResults(1)
            .getSingleResult();
    return AllocationChain.hashOf(last);
  }
}
