package org.trialdesk.randomization.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.trialdesk.platform.error.ConflictException;
import org.trialdesk.randomization.entity.RandomizationScheme;
import org.trialdesk.randomization.entity.StratumState;
import org.trialdesk.site.entity.TrialParticipation;
import org.trialdesk.trial.entity.Trial;

/**
 * The caps on randomization: the trial's target, the site's cap, the scheme's cap per stratum.
 * Asked under the trial's head lock, so the counts are exact.
 */
@ApplicationScoped
@Transactional
public class AllocationCaps {

  @PersistenceContext EntityManager em;

  /** Refuses one more randomization when any cap is reached. */
  public void requireRoom(
      Trial trial, TrialParticipation participation, RandomizationScheme scheme, StratumState s) {
    long inTrial = count("a.trialId = :trial", Map.of("trial", trial.getId()));
    if (inTrial >= trial.getTargetEnrollment()) {
      throw new ConflictException(
          null, "randomization.cap.trial", trial.getCode(), trial.getTargetEnrollment());
    }
    if (participation.getCap() != null) {
      long atSite =
          count(
              "a.trialId = :trial and a.siteCode = :site",
              Map.of("trial", trial.getId(), "site", participation.getSite().getCode()));
      if (atSite >= participation.getCap()) {
        throw new ConflictException(
            "siteCode",
            "randomization.cap.site",
            participation.getSite().getCode(),
            participation.getCap());
      }
    }
    if (scheme.getStratumCap() != null && s.getAllocated() >= scheme.getStratumCap()) {
      throw new ConflictException(
          null, "randomization.cap.stratum", s.getStratum(), scheme.getStratumCap());
    }
  }

  private long count(String where, Map<String, Object> parameters) {
    var query = em.createQuery("select count(a) from Allocation a where " + where, Long.class);
    parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }
}
