package org.trialdesk.analysis.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.trialdesk.analysis.control.Consort;
import org.trialdesk.enrollment.control.EligibilityCheck;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.enrollment.entity.SubjectStatus;
import org.trialdesk.platform.security.Caller;

/**
 * The CONSORT flow of a trial from live counts: everyone screened, those excluded by reason (each
 * screen failure under its first failed criterion), and per arm (or pooled) the randomized subjects
 * and what became of them.
 */
@ApplicationScoped
@Transactional
public class ConsortFlow {

  @PersistenceContext EntityManager em;
  @Inject AnalysisData data;
  @Inject Caller caller;

  public Consort.Flow of(String trialCode) {
    return of(data.of(trialCode));
  }

  /** The flow of a data set read already (the dashboard reads it once for all its figures). */
  public Consort.Flow of(AnalysisData.DataSet set) {
    List<Subject> screened =
        em
            .createQuery(
                "select s from Subject s join fetch s.site where s.trial = :trial", Subject.class)
            .setParameter("trial", set.trial())
            .getResultList()
            .stream()
            .filter(s -> caller.maySee(s.getSite().getCode()))
            .toList();
    java.util.Set<String> randomized =
        new java.util.HashSet<>(set.rows().stream().map(AnalysisData.Row::subjectId).toList());
    Map<String, Integer> excluded = new TreeMap<>();
    for (Subject s : screened) {
      if (randomized.contains(s.getSubjectId())) {
        continue;
      }
      excluded.merge(reason(s), 1, Integer::sum);
    }
    List<Consort.Arm> arms = new ArrayList<>();
    for (String group : set.groups()) {
      List<AnalysisData.Row> rows = set.of(group);
      arms.add(
          new Consort.Arm(
              group,
              rows.size(),
              (int) rows.stream().filter(AnalysisData.Row::treated).count(),
              count(rows, SubjectStatus.LOST_TO_FOLLOW_UP),
              count(rows, SubjectStatus.WITHDRAWN),
              rows.size()));
    }
    return Consort.flow(screened.size(), excluded, arms);
  }

  /** Why a screened subject was not randomized, as a code the pages word. */
  private static String reason(Subject s) {
    if (s.getStatus() == SubjectStatus.SCREEN_FAILED) {
      List<String> failed = EligibilityCheck.of(s).failed();
      return failed.isEmpty() ? "SCREEN_FAILED" : "CRITERION:" + failed.get(0);
    }
    return s.getStatus() == SubjectStatus.WITHDRAWN ? "WITHDRAWN" : "AWAITING";
  }

  private static int count(List<AnalysisData.Row> rows, SubjectStatus status) {
    return (int) rows.stream().filter(r -> r.status().equals(status.name())).count();
  }
}
