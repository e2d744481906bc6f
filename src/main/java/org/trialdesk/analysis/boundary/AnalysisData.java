package org.trialdesk.analysis.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trialdesk.enrollment.boundary.EnrollmentService;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.outcome.boundary.AssessmentDocuments;
import org.trialdesk.outcome.entity.FollowUp;
import org.trialdesk.outcome.entity.TumourAssessment;
import org.trialdesk.platform.security.Caller;
import org.trialdesk.randomization.boundary.Blinding;
import org.trialdesk.randomization.entity.Allocation;
import org.trialdesk.trial.entity.Arm;
import org.trialdesk.trial.entity.Trial;

/**
 * The analysis data set of a trial: one row per randomized subject the caller may see (site staff
 * their own sites), with the arm only for callers who may know arms; everyone else gets pooled rows
 * ({@code arm} null).
 */
@ApplicationScoped
@Transactional
public class AnalysisData {

  @PersistenceContext EntityManager em;
  @Inject EnrollmentService enrollment;
  @Inject Blinding blinding;
  @Inject Caller caller;

  /** One subject: dates in the site's calendar, the first recurrence and death, best response. */
  public record Row(
      String subjectId,
      String site,
      String arm,
      LocalDate randomizedOn,
      LocalDate lastContact,
      LocalDate recurrenceDate,
      LocalDate deathDate,
      String bestResponse,
      BigDecimal bestChange,
      boolean treated,
      String status) {}

  /** The rows, and the groups they are analysed in: the arms, or one pooled group (null). */
  public record DataSet(Trial trial, List<String> groups, List<Row> rows) {

    public boolean pooled() {
      return groups.size() == 1 && groups.get(0) == null;
    }

    public List<Row> of(String group) {
      return rows.stream().filter(r -> java.util.Objects.equals(r.arm(), group)).toList();
    }
  }

  public DataSet of(String trialCode) {
    Trial trial = enrollment.trialOf(trialCode);
    boolean armsShown = blinding.armsVisibleInTrial(trial);
    List<Object[]> allocated =
        em.createQuery(
                "select a, s from Allocation a, Subject s join fetch s.site"
                    + " where s.id = a.subjectKey and a.trialId = :trial order by a.sequence",
                Object[].class)
            .setParameter("trial", trial.getId())
            .getResultList();
    Map<Long, List<FollowUp>> followUps = new HashMap<>();
    em.createQuery(
            "select f from FollowUp f where f.subject.trial = :trial and f.voided = false",
            FollowUp.class)
        .setParameter("trial", trial)
        .getResultList()
        .forEach(
            f -> followUps.computeIfAbsent(f.getSubject().getId(), k -> new ArrayList<>()).add(f));
    Map<Long, List<TumourAssessment>> assessments = new HashMap<>();
    em.createQuery(
            "select a from TumourAssessment a where a.subject.trial = :trial"
                + " order by a.assessedOn, a.id",
            TumourAssessment.class)
        .setParameter("trial", trial)
        .getResultList()
        .forEach(
            a ->
                assessments.computeIfAbsent(a.getSubject().getId(), k -> new ArrayList<>()).add(a));
    Set<Long> treated =
        new HashSet<>(
            em.createQuery(
                    "select distinct d.subject.id from Administration d"
                        + " where d.subject.trial = :trial and d.voided = false",
                    Long.class)
                .setParameter("trial", trial)
                .getResultList());
    List<Row> rows = new ArrayList<>();
    for (Object[] pair : allocated) {
      Allocation allocation = (Allocation) pair[0];
      Subject subject = (Subject) pair[1];
      if (!caller.maySee(subject.getSite().getCode())) {
        continue;
      }
      rows.add(
          row(
              subject,
              armsShown ? allocation.getArm() : null,
              allocation.getRandomizedAt().atZone(subject.getSite().zone()).toLocalDate(),
              followUps.getOrDefault(subject.getId(), List.of()),
              AssessmentDocuments.of(
                  assessments.getOrDefault(subject.getId(), List.of()),
                  trial.isResponseConfirmation()),
              treated.contains(subject.getId())));
    }
    List<String> groups = new ArrayList<>();
    if (armsShown) {
      trial.getArms().stream().map(Arm::getCode).forEach(groups::add);
    } else {
      groups.add(null);
    }
    return new DataSet(trial, groups, rows);
  }

  private static Row row(
      Subject subject,
      String arm,
      LocalDate randomizedOn,
      List<FollowUp> contacts,
      AssessmentDocuments.Summary response,
      boolean treated) {
    LocalDate lastContact =
        contacts.stream()
            .map(FollowUp::getContactDate)
            .filter(d -> d.isAfter(randomizedOn))
            .max(Comparator.naturalOrder())
            .orElse(randomizedOn);
    return new Row(
        subject.getSubjectId(),
        subject.getSite().getCode(),
        arm,
        randomizedOn,
        lastContact,
        first(contacts.stream().map(FollowUp::getRecurrenceDate).toList()),
        first(contacts.stream().map(FollowUp::getDeathDate).toList()),
        response.measurable() ? response.best().name() : null,
        response.bestChange(),
        treated,
        subject.getStatus().name());
  }

  private static LocalDate first(List<LocalDate> dates) {
    return dates.stream().filter(d -> d != null).min(Comparator.naturalOrder()).orElse(null);
  }
}
