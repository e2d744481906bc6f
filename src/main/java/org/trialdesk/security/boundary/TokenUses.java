package org.trialdesk.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.audit.entity.AuditAction;
import org.trialdesk.security.entity.ApiToken;

/**
 * Writes down that a token was used, in a transaction of its own: the check of a token only reads
 * (no transaction to begin and commit on every request), and this runs only for the uses {@link
 * ApiTokens} records.
 */
@ApplicationScoped
public class TokenUses {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail trail;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(long id, String username, String address, Instant now) {
    // Conditional, so that of many requests at once only one records the use.
    int claimed =
        em.createQuery(
                "update ApiToken t set t.lastUsedAt = :now, t.lastUsedFrom = :address"
                    + " where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt <= :cutoff"
                    + " or t.lastUsedFrom <> :address)")
            .setParameter("now", now)
            .setParameter("address", address)
            .setParameter("id", id)
            .setParameter("cutoff", now.minus(ApiTokens.USE_RECORDED_EVERY))
            .executeUpdate();
    if (claimed == 1) {
      trail.eventBy(username, AuditAction.TOKEN_USE, em.find(ApiToken.class, id), address);
    }
  }
}
