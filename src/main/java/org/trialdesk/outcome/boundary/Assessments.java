package org.trialdesk.outcome.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.enrollment.boundary.EnrollmentService;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.outcome.control.Recist;
import org.trialdesk.outcome.entity.Lesion;
import org.trialdesk.outcome.entity.NonTargetStatus;
import org.trialdesk.outcome.entity.Organ;
import org.trialdesk.outcome.entity.Response;
import org.trialdesk.outcome.entity.TumourAssessment;
import org.trialdesk.platform.error.ConflictException;
import org.trialdesk.platform.error.NotFoundException;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.validation.ConstraintCheck;
import org.trialdesk.platform.validation.Refusal;
import org.trialdesk.randomization.boundary.Assignments;
import org.trialdesk.security.boundary.CurrentUser;

/**
 * RECIST 1.1 assessments of randomized subjects, recorded by the coordinators and investigators of
 * their site: a baseline, then time points measured against it. Responses are computed when read
 * ({@link AssessmentDocuments}); an investigator may override one with a reason.
 */
@ApplicationScoped
@Transactional
public class Assessments {

  @PersistenceContext EntityManager em;
  @Inject EnrollmentService enrollment;
  @Inject Assignments assignments;
  @Inject ConstraintCheck validation;
  @Inject CurrentUser caller;
  @Inject AuditTrail trail;
  @Inject Clock clock;

  public TumourAssessment record(String trialCode, String subjectId, AssessmentDocument doc) {
    Subject subject = enrollment.forChange(trialCode, subjectId);
    validation.require(doc);
    if (assignments.allocationOf(subject).isEmpty()) {
      throw new ConflictException(null, "outcome.notRandomized", subjectId);
    }
    List<TumourAssessment> recorded = of(subject);
    Optional<TumourAssessment> baseline = recorded.stream().filter(a -> a.isBaseline()).findFirst();
    LocalDate today = subject.getSite().today(clock);
    List<Refusal> refusals = new ArrayList<>();
    if (doc.assessedOn().isAfter(today)) {
      refusals.add(Refusal.of("assessedOn", "ae.date.future", today));
    }
    List<Lesion> lesions = new ArrayList<>();
    if (doc.baseline()) {
      if (baseline.isPresent()) {
        throw new ConflictException(
            "baseline", "recist.baseline.exists", baseline.get().getAssessedOn());
      }
      recorded.stream()
          .filter(a -> !a.getAssessedOn().isAfter(doc.assessedOn()))
          .findFirst()
          .ifPresent(
              a ->
                  refusals.add(
                      Refusal.of(
                          "assessedOn", "recist.baseline.afterTimePoint", a.getAssessedOn())));
      baselineLesions(doc, refusals, lesions);
      if (doc.nonTargetStatus() != null) {
        refusals.add(Refusal.of("nonTargetStatus", "recist.baseline.noStatus"));
      }
      if (Boolean.TRUE.equals(doc.newLesions())) {
        refusals.add(Refusal.of("newLesions", "recist.baseline.noStatus"));
      }
    } else {
      TumourAssessment first =
          baseline.orElseThrow(() -> new ConflictException("baseline", "recist.baseline.missing"));
      timePointLesions(first, doc, refusals, lesions);
      if (!doc.assessedOn().isAfter(first.getAssessedOn())) {
        refusals.add(Refusal.of("assessedOn", "recist.beforeBaseline", first.getAssessedOn()));
      }
      recorded.stream()
          .filter(a -> a.getAssessedOn().equals(doc.assessedOn()) && !a.isBaseline())
          .findFirst()
          .ifPresent(
              a -> refusals.add(Refusal.of("assessedOn", "recist.sameDay", a.getAssessedOn())));
    }
    validation.refuse(refusals);
    TumourAssessment assessment =
        new TumourAssessment(
            subject,
            doc.assessedOn(),
            doc.baseline(),
            lesions,
            doc.nonTargetStatus() == null ? null : NonTargetStatus.valueOf(doc.nonTargetStatus()),
            Boolean.TRUE.equals(doc.newLesions()),
            caller.username(),
            Instant.now(clock));
    em.persist(assessment);
    trail.created(assessment);
    return assessment;
  }

  private static void baselineLesions(
      AssessmentDocument doc, List<Refusal> refusals, List<Lesion> lesions) {
    List<AssessmentDocument.Lesion> targets = listOf(doc.targets());
    List<Recist.Target> measured = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      AssessmentDocument.Lesion t = targets.get(i);
      if (t.organ() == null) {
        refusals.add(Refusal.of("targets[" + i + "].organ", "recist.organ.required"));
      }
      if (t.diameter() == null) {
        refusals.add(Refusal.of("targets[" + i + "].diameter", "recist.diameter.required"));
      }
      if (t.organ() != null && t.diameter() != null) {
        measured.add(new Recist.Target(Organ.valueOf(t.organ()), t.diameter()));
        lesions.add(new Lesion(Organ.valueOf(t.organ()), true, t.diameter()));
      }
    }
    if (measured.size() == targets.size()) {
      refusals.addAll(Recist.baselineRefusals(measured));
    }
    List<AssessmentDocument.Lesion> nonTargets = listOf(doc.nonTargets());
    for (int i = 0; i < nonTargets.size(); i++) {
      AssessmentDocument.Lesion n = nonTargets.get(i);
      if (n.organ() == null) {
        refusals.add(Refusal.of("nonTargets[" + i + "].organ", "recist.organ.required"));
      } else if (n.diameter() != null) {
        refusals.add(Refusal.of("nonTargets[" + i + "].diameter", "recist.nonTarget.noDiameter"));
      } else {
        lesions.add(new Lesion(Organ.valueOf(n.organ()), false, null));
      }
    }
  }

  private static void timePointLesions(
      TumourAssessment baseline,
      AssessmentDocument doc,
      List<Refusal> refusals,
      List<Lesion> lesions) {
    List<Lesion> baselineTargets = AssessmentDocuments.targets(baseline);
    List<AssessmentDocument.Lesion> targets = listOf(doc.targets());
    if (targets.size() != baselineTargets.size()) {
      refusals.add(Refusal.of("targets", "recist.targets.count", baselineTargets.size()));
    } else {
      for (int i = 0; i < targets.size(); i++) {
        lesions.add(new Lesion(baselineTargets.get(i).getOrgan(), true, targets.get(i).diameter()));
      }
    }
    if (!listOf(doc.nonTargets()).isEmpty()) {
      refusals.add(Refusal.of("nonTargets", "recist.nonTargets.baselineOnly"));
    }
    boolean nonTargetsAtBaseline = baseline.getLesions().stream().anyMatch(l -> !l.isTarget());
    if (nonTargetsAtBaseline && doc.nonTargetStatus() == null) {
      refusals.add(Refusal.of("nonTargetStatus", "recist.nonTargetStatus.required"));
    } else if (!nonTargetsAtBaseline && doc.nonTargetStatus() != null) {
      refusals.add(Refusal.of("nonTargetStatus", "recist.nonTargetStatus.none"));
    }
  }

  /** An investigator's response in place of the computed one, kept beside it with the reason. */
  public TumourAssessment override(
      String trialCode, String subjectId, long id, OverrideRequest request) {
    caller.require(Capability.OVERRIDE_RESPONSE);
    Subject subject = enrollment.forChange(trialCode, subjectId);
    validation.require(request);
    String reason = AuditTrail.requireReason(request.reasonForChange());
    TumourAssessment assessment = find(subject, id);
    if (assessment.isBaseline() || assessment.isVoided()) {
      throw new ConflictException("response", "recist.override.notATimePoint", id);
    }
    var before = assessment.auditState();
    assessment.override(Response.valueOf(request.response()), reason);
    trail.changed(assessment, before, reason);
    return assessment;
  }

  /** Voids a mistaken assessment; a baseline only once no time point depends on it. */
  public TumourAssessment voidAssessment(
      String trialCode, String subjectId, long id, String reason) {
    Subject subject = enrollment.forChange(trialCode, subjectId);
    TumourAssessment assessment = find(subject, id);
    if (assessment.isBaseline() && of(subject).stream().anyMatch(a -> !a.isBaseline())) {
      throw new ConflictException(null, "recist.baseline.inUse", id);
    }
    trail.voided(assessment, reason, "recist.voided", id);
    return assessment;
  }

  private TumourAssessment find(Subject subject, long id) {
    TumourAssessment assessment = em.find(TumourAssessment.class, id);
    if (assessment == null || !assessment.getSubject().getId().equals(subject.getId())) {
      throw new NotFoundException("recist.notFound", id, subject.getSubjectId());
    }
    return assessment;
  }

  /** A subject's assessments in date order, voided ones included. */
  public List<TumourAssessment> all(Subject subject) {
    return em.createQuery(
            "select a from TumourAssessment a where a.subject = :subject"
                + " order by a.assessedOn, a.id",
            TumourAssessment.class)
        .setParameter("subject", subject)
        .getResultList();
  }

  /** The assessments that count: not voided, in date order. */
  List<TumourAssessment> of(Subject subject) {
    return all(subject).stream().filter(a -> !a.isVoided()).toList();
  }

  private static <T> List<T> listOf(List<T> list) {
    return list == null ? List.of() : list;
  }
}
