package org.trialdesk.safety.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trialdesk.enrollment.boundary.EnrollmentService;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.randomization.boundary.Blinding;
import org.trialdesk.randomization.entity.Allocation;
import org.trialdesk.safety.control.SaeClock;
import org.trialdesk.safety.entity.AdverseEvent;
import org.trialdesk.security.boundary.CurrentUser;
import org.trialdesk.trial.entity.Trial;

/**
 * The trial-level list of adverse events, filtered and paged by the database, and the dashboard's
 * overdue SAE reports: site staff see their own sites only, and the arm (as a filter or a column)
 * only reaches those who may know arms.
 */
@ApplicationScoped
@Transactional
public class AdverseEventSearch {

  @PersistenceContext EntityManager em;
  @Inject EnrollmentService enrollment;
  @Inject Blinding blinding;
  @Inject CurrentUser caller;
  @Inject Clock clock;

  /** Filters of the trial-level list; {@code null} means any. */
  public record Filter(
      String site, Integer grade, Boolean serious, String term, String arm, boolean overdueOnly) {

    /** Serious events whose report to the sponsor is overdue. */
    public static Filter overdue() {
      return new Filter(null, null, null, null, null, true);
    }

    public static Filter none() {
      return new Filter(null, null, null, null, null, false);
    }
  }

  public long count(String trialCode, Filter filter) {
    Trial trial = enrollment.trialOf(trialCode);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<AdverseEvent> event = query.from(AdverseEvent.class);
    query.select(cb.count(event)).where(where(cb, query, event, trial, filter));
    return em.createQuery(query).getSingleResult();
  }

  /** Newest onset first. */
  public List<AdverseEvent> page(String trialCode, Filter filter, int first, int max) {
    Trial trial = enrollment.trialOf(trialCode);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AdverseEvent> query = cb.createQuery(AdverseEvent.class);
    Root<AdverseEvent> event = query.from(AdverseEvent.class);
    query
        .select(event)
        .where(where(cb, query, event, trial, filter))
        .orderBy(cb.desc(event.get("onsetDate")), cb.desc(event.get("id")));
    return em.createQuery(query)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, Math.min(max, 500)))
        .getResultStream()
        .map(AdverseEventDocuments::loaded)
        .toList();
  }

  /**
   * The arm of each listed subject, keyed by subject ID, for those who may know the trial's arms;
   * empty for everyone else.
   */
  public Map<String, String> armsOf(String trialCode, List<AdverseEvent> events) {
    Trial trial = enrollment.trialOf(trialCode);
    Map<String, String> arms = new HashMap<>();
    if (events.isEmpty() || !blinding.armsVisibleInTrial(trial)) {
      return arms;
    }
    Map<Long, String> idOf = new HashMap<>();
    events.forEach(e -> idOf.put(e.getSubject().getId(), e.getSubject().getSubjectId()));
    em.createQuery(
            "select a.subjectKey, a.arm from Allocation a where a.subjectKey in :keys",
            Object[].class)
        .setParameter("keys", idOf.keySet())
        .getResultList()
        .forEach(row -> arms.put(idOf.get((Long) row[0]), (String) row[1]));
    return arms;
  }

  public boolean armsVisible(String trialCode) {
    return blinding.armsVisibleInTrial(enrollment.trialOf(trialCode));
  }

  private Predicate[] where(
      CriteriaBuilder cb,
      CriteriaQuery<?> query,
      Root<AdverseEvent> event,
      Trial trial,
      Filter filter) {
    Join<AdverseEvent, Subject> subject = event.join("subject");
    List<Predicate> all = new ArrayList<>();
    all.add(cb.equal(subject.get("trial"), trial));
    if (caller.siteScoped()) {
      all.add(subject.get("site").get("code").in(List.copyOf(caller.sites())));
    }
    if (filter.site() != null) {
      all.add(cb.equal(subject.get("site").get("code"), filter.site()));
    }
    if (filter.grade() != null) {
      all.add(cb.equal(event.get("grade"), filter.grade()));
    }
    if (filter.term() != null && !filter.term().isBlank()) {
      String pattern = "%" + filter.term().trim().toLowerCase(Locale.ROOT) + "%";
      // Either language: a Japanese reader types the term as the page shows it.
      all.add(
          cb.or(
              cb.like(cb.lower(event.get("term").get("term")), pattern),
              cb.like(cb.lower(event.get("term").get("termJa")), pattern)));
    }
    if (filter.serious() != null) {
      all.add(
          filter.serious()
              ? cb.isNotEmpty(event.get("seriousness"))
              : cb.isEmpty(event.get("seriousness")));
    }
    if (filter.arm() != null && blinding.armsVisibleInTrial(trial)) {
      Subquery<Long> allocated = query.subquery(Long.class);
      Root<Allocation> allocation = allocated.from(Allocation.class);
      allocated
          .select(allocation.get("id"))
          .where(
              cb.equal(allocation.get("subjectKey"), subject.get("id")),
              cb.equal(allocation.get("arm"), filter.arm()));
      all.add(cb.exists(allocated));
    }
    if (filter.overdueOnly()) {
      all.add(overdue(cb, event, trial));
    }
    return all.toArray(Predicate[]::new);
  }

  /** Serious, still unreported, and aware longer ago than the trial's deadline allows. */
  private Predicate overdue(CriteriaBuilder cb, Root<AdverseEvent> event, Trial trial) {
    if (trial.getSaeDeadlineHours() == null) {
      return cb.disjunction();
    }
    Instant awareBefore = Instant.now(clock).minus(Duration.ofHours(trial.getSaeDeadlineHours()));
    return cb.and(
        cb.isNotEmpty(event.get("seriousness")),
        cb.isFalse(event.get("voided")),
        cb.isNull(event.get("reportedAt")),
        cb.lessThan(event.get("siteAwareAt"), awareBefore));
  }

  /** At most this many overdue reports are listed; more would say the same thing. */
  static final int OVERDUE_SHOWN = 200;

  /**
   * Serious events not yet reported to the sponsor whose deadline has passed, of the sites the
   * caller may see, most overdue first. Trials differ in their deadlines, so the database is asked
   * once per deadline in use (a handful), each time for events aware before that deadline's cut-off
   * only, oldest first and no more than are shown: what is loaded does not grow with the number of
   * unreported events that are not yet due.
   */
  public List<AdverseEvent> overdue() {
    Instant now = Instant.now(clock);
    boolean siteScoped = caller.siteScoped();
    if (siteScoped && caller.sites().isEmpty()) {
      return List.of();
    }
    List<Integer> deadlines =
        em.createQuery(
                "select distinct t.saeDeadlineHours from Trial t"
                    + " where t.saeDeadlineHours is not null",
                Integer.class)
            .getResultList();
    List<AdverseEvent> overdue = new ArrayList<>();
    for (Integer hours : deadlines) {
      var query =
          em.createQuery(
              "select e from AdverseEvent e join e.subject s join s.trial t"
                  + " where t.saeDeadlineHours = :hours and e.siteAwareAt < :awareBefore"
                  + " and e.voided = false and e.reportedAt is null"
                  + " and e.seriousness is not empty"
                  + (siteScoped ? " and s.site.code in :sites" : "")
                  + " order by e.siteAwareAt, e.id",
              AdverseEvent.class);
      query
          .setParameter("hours", hours)
          .setParameter("awareBefore", now.minus(Duration.ofHours(hours)))
          .setMaxResults(OVERDUE_SHOWN);
      if (siteScoped) {
        query.setParameter("sites", caller.sites());
      }
      // Subjects, sites and trials of the events come in batches (default_batch_fetch_size).
      query.getResultStream().map(AdverseEventDocuments::loaded).forEach(overdue::add);
    }
    return overdue.stream()
        .filter(e -> SaeClock.overdue(dueAt(e), null, now))
        // The earliest due is the most overdue, whatever the trial's deadline.
        .sorted(Comparator.comparing(AdverseEventSearch::dueAt))
        .limit(OVERDUE_SHOWN)
        .toList();
  }

  private static Instant dueAt(AdverseEvent e) {
    return SaeClock.sponsorReportDueAt(
        e.getSiteAwareAt(), e.getSubject().getTrial().getSaeDeadlineHours());
  }
}
