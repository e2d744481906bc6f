package org.trialdesk.safety.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trialdesk.enrollment.boundary.EnrollmentService;
import org.trialdesk.platform.error.ForbiddenException;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.randomization.boundary.Blinding;
import org.trialdesk.safety.control.ToxicityTable;
import org.trialdesk.security.boundary.CurrentUser;
import org.trialdesk.trial.entity.Arm;
import org.trialdesk.trial.entity.Trial;

/** The toxicity table of a trial per arm, counted in the database's current state. */
@ApplicationScoped
@Transactional
public class ToxicityAnalysis {

  @PersistenceContext EntityManager em;
  @Inject EnrollmentService enrollment;
  @Inject Blinding blinding;
  @Inject CurrentUser caller;

  /**
   * The toxicity table of a trial: for those who may see arms (monitors, statisticians, and
   * administrators of an open trial); never for site staff, who would see other sites' subjects.
   */
  public List<ToxicityTable.Row> of(String trialCode) {
    caller.require(Capability.ANALYSE);
    Trial trial = enrollment.trialOf(trialCode);
    if (!blinding.armsVisibleInTrial(trial)) {
      throw new ForbiddenException();
    }
    Map<Long, String> armOf = new HashMap<>();
    em.createQuery(
            "select a.subjectKey, a.arm from Allocation a where a.trialId = :trial", Object[].class)
        .setParameter("trial", trial.getId())
        .getResultList()
        .forEach(row -> armOf.put((Long) row[0], (String) row[1]));
    List<ToxicityTable.Event> events =
        em.createQuery(
                "select e.subject.id, e.term.term, e.grade from AdverseEvent e"
                    + " where e.subject.trial = :trial and e.voided = false",
                Object[].class)
            .setParameter("trial", trial)
            .getResultStream()
            .map(row -> new ToxicityTable.Event((Long) row[0], (String) row[1], (Integer) row[2]))
            .toList();
    return ToxicityTable.of(armOf, trial.getArms().stream().map(Arm::getCode).toList(), events);
  }
}
