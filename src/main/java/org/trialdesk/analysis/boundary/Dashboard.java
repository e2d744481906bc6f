package org.trialdesk.analysis.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.trialdesk.analysis.control.Consort;
import org.trialdesk.platform.security.Caller;
import org.trialdesk.safety.boundary.AdverseEventSearch;

/**
 * A trial's dashboard figures: randomizations per month against the target, subjects per site,
 * screen failures by reason, overdue SAE reports, and arm balance where the caller may know arms —
 * all within the sites the caller may see.
 */
@ApplicationScoped
@Transactional
public class Dashboard {

  @PersistenceContext EntityManager em;
  @Inject AnalysisData data;
  @Inject ConsortFlow consort;
  @Inject AdverseEventSearch adverseEvents;
  @Inject Caller caller;

  /**
   * {@code perSite}: site → [screened, randomized]; {@code arms} empty when arms are not shown;
   * {@code target} null when the trial has none.
   */
  public record Figures(
      Integer target,
      Map<YearMonth, Integer> randomizedPerMonth,
      Map<String, int[]> perSite,
      List<Consort.Reason> notRandomized,
      long overdueSaeReports,
      Map<String, Integer> arms,
      Consort.Flow flow) {}

  public Figures of(String trialCode) {
    AnalysisData.DataSet set = data.of(trialCode);
    Map<YearMonth, Integer> perMonth = new TreeMap<>();
    Map<String, int[]> perSite = new TreeMap<>();
    set.rows()
        .forEach(
            r -> {
              perMonth.merge(YearMonth.from(r.randomizedOn()), 1, Integer::sum);
              perSite.computeIfAbsent(r.site(), s -> new int[2])[1]++;
            });
    em
        .createQuery(
            "select s.site.code, count(s) from Subject s where s.trial = :trial"
                + " group by s.site.code",
            Object[].class)
        .setParameter("trial", set.trial())
        .getResultList()
        .stream()
        .filter(row -> caller.maySee((String) row[0]))
        .forEach(
            row ->
                perSite.computeIfAbsent((String) row[0], s -> new int[2])[0] =
                    ((Long) row[1]).intValue());
    Map<String, Integer> arms = new LinkedHashMap<>();
    if (!set.pooled()) {
      set.groups().forEach(g -> arms.put(g, set.of(g).size()));
    }
    Consort.Flow flow = consort.of(set);
    return new Figures(
        set.trial().getTargetEnrollment(),
        perMonth,
        perSite,
        flow.reasons(),
        adverseEvents.count(trialCode, AdverseEventSearch.Filter.overdue()),
        arms,
        flow);
  }
}
