package org.trialdesk.safety.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trialdesk.enrollment.boundary.EnrollmentService;
import org.trialdesk.platform.error.ForbiddenException;
import org.trialdesk.platform.i18n.CallerLocale;
import org.trialdesk.platform.i18n.SupportedLocales;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.randomization.boundary.Blinding;
import org.trialdesk.safety.control.ToxicityTable;
import org.trialdesk.security.boundary.CurrentUser;
import org.trialdesk.trial.entity.Arm;
import org.trialdesk.trial.entity.Trial;

/**
 * The toxicity table of a trial per arm, counted in the database's current state, its terms in the
 * reader's language.
 */
@ApplicationScoped
@Transactional
public class ToxicityAnalysis {

  @PersistenceContext EntityManager em;
  @Inject EnrollmentService enrollment;
  @Inject Blinding blinding;
  @Inject CurrentUser caller;
  @Inject CallerLocale locale;

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
    // Counted in the database: a trial's events can be a million rows, its table a few thousand.
    Map<String, Integer> subjectsPerArm = new HashMap<>();
    em.createQuery(
            "select a.arm, count(a) from Allocation a where a.trialId = :trial group by a.arm",
            Object[].class)
        .setParameter("trial", trial.getId())
        .getResultList()
        .forEach(row -> subjectsPerArm.put((String) row[0], ((Long) row[1]).intValue()));
    // SQL of its own: the worst grade per subject and term, then subjects per term, arm and
    // grade (a query over a subquery, which the JPA queries the server enforces cannot express).
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select w.term, w.term_ja, a.arm_code, w.grade, count(*) from (select e.subject_id"
                    + " as subject_id, t.term as term, t.term_ja as term_ja, max(e.grade) as grade"
                    + " from adverse_event e"
                    + " join subject s on s.id = e.subject_id"
                    + " join ctcae_term t on t.meddra_code = e.meddra_code"
                    + " where s.trial_id = ?1 and e.voided = false"
                    + " group by e.subject_id, t.term, t.term_ja) w"
                    + " join allocation a on a.subject_id = w.subject_id"
                    + " group by w.term, w.term_ja, a.arm_code, w.grade")
            .setParameter(1, trial.getId())
            .getResultList();
    // The term as the reader reads it: Japanese where the dictionary has it, else English.
    Locale reader = locale.get();
    List<ToxicityTable.Worst> worst =
        rows.stream()
            .map(
                row ->
                    new ToxicityTable.Worst(
                        SupportedLocales.pick(reader, (String) row[0], (String) row[1]),
                        (String) row[2],
                        ((Number) row[3]).intValue(),
                        ((Number) row[4]).longValue()))
            .toList();
    return ToxicityTable.ofWorst(
        subjectsPerArm, trial.getArms().stream().map(Arm::getCode).toList(), worst);
  }
}
