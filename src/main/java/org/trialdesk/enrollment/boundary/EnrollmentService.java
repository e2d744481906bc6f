package org.trialdesk.enrollment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.enrollment.control.EligibilityCheck;
import org.trialdesk.enrollment.control.RegistrationOpening;
import org.trialdesk.enrollment.control.RegistrationRules;
import org.trialdesk.enrollment.entity.EligibilityAnswer;
import org.trialdesk.enrollment.entity.Sex;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.enrollment.entity.SubjectStatus;
import org.trialdesk.platform.error.ConflictException;
import org.trialdesk.platform.error.NotFoundException;
import org.trialdesk.platform.persistence.PageRequest;
import org.trialdesk.platform.persistence.Pages;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.validation.ConstraintCheck;
import org.trialdesk.platform.validation.Refusal;
import org.trialdesk.security.boundary.CurrentUser;
import org.trialdesk.site.boundary.ParticipationService;
import org.trialdesk.site.entity.TrialParticipation;
import org.trialdesk.trial.boundary.TrialService;
import org.trialdesk.trial.entity.StratificationFactor;
import org.trialdesk.trial.entity.Trial;

/**
 * Screening and registration of subjects by the coordinators and investigators of their own sites;
 * everyone else with access reads. Another site's subjects answer as if they did not exist.
 */
@ApplicationScoped
@Transactional
public class EnrollmentService {

  private static final List<String> SORTABLE =
      List.of("subjectId", "site.code", "status", "screeningNumber", "registeredAt");

  @PersistenceContext EntityManager em;
  @Inject TrialService trials;
  @Inject ParticipationService participations;
  @Inject ConstraintCheck validation;
  @Inject CurrentUser caller;
  @Inject AuditTrail trail;
  @Inject Clock clock;

  /** Registers a subject with whatever screening data there is; failed criteria end screening. */
  public Subject enroll(String trialCode, EnrollmentDocument doc) {
    caller.require(Capability.RECORD_SUBJECT_DATA);
    validation.require(doc);
    Trial trial = trials.find(trialCode);
    conflict(RegistrationOpening.trialRecruiting(trialCode, trial.getStatus()));
    TrialParticipation participation = ownParticipation(trialCode, doc.siteCode(), "siteCode");
    LocalDate today = today(participation);
    validation.refuse(
        RegistrationRules.check(
            trial,
            new RegistrationRules.Registration(
                doc.siteCode(),
                doc.birthYear(),
                doc.eligibility(),
                doc.consent() == null ? null : doc.consent().signedOn(),
                doc.factors()),
            Year.now(clock).getValue(),
            today));
    if (screeningNumberTaken(participation, doc.screeningNumber())) {
      throw new ConflictException(
          "screeningNumber", "subject.screeningNumber.duplicate", doc.screeningNumber());
    }
    em.refresh(participation, LockModeType.PESSIMISTIC_WRITE);
    String subjectId;
    do {
      // Skips any number an import brought over in the meantime.
      subjectId =
          "%s-%03d".formatted(participation.getSite().getCode(), participation.nextSubjectNumber());
    } while (subjectIdTaken(trial, subjectId));
    Instant now = Instant.now(clock);
    Subject subject =
        new Subject(
            trial,
            participation.getSite(),
            subjectId,
            doc.screeningNumber(),
            doc.initials(),
            doc.birthYear(),
            Sex.valueOf(doc.sex()),
            caller.username(),
            now);
    record(subject, trial, doc, now);
    em.persist(subject);
    trail.created(subject);
    return subject;
  }

  private void record(Subject subject, Trial trial, EnrollmentDocument doc, Instant now) {
    Map<String, Boolean> answers = doc.eligibility() == null ? Map.of() : doc.eligibility();
    answers.forEach(
        (code, met) -> subject.answer(new EligibilityAnswer(code, met, caller.username(), now)));
    if (doc.consent() != null) {
      subject.consent(doc.consent().version(), doc.consent().signedOn());
    }
    if (doc.factors() != null) {
      doc.factors().forEach(subject::setFactor);
    }
    if (trial.getFactors().stream().anyMatch(StratificationFactor::isSite)) {
      subject.setFactor(StratificationFactor.SITE, subject.getSite().getCode());
    }
    EligibilityCheck.Outcome outcome = EligibilityCheck.of(trial.getCriteria(), answers);
    if (outcome.screenFailure()) {
      subject.failScreening(EligibilityCheck.keptReason(doc.screenFailureReason()));
    }
  }

  private boolean subjectIdTaken(Trial trial, String subjectId) {
    return !em.createQuery(
            "select s.id from Subject s where s.trial = :trial and s.subjectId = :id", Long.class)
        .setParameter("trial", trial)
        .setParameter("id", subjectId)
        .getResultList()
        .isEmpty();
  }

  private boolean screeningNumberTaken(TrialParticipation participation, String number) {
    return !em.createQuery(
            "select s.id from Subject s where s.trial = :trial and s.site = :site"
                + " and s.screeningNumber = :number",
            Long.class)
        .setParameter("trial", participation.getTrial())
        .setParameter("site", participation.getSite())
        .setParameter("number", number)
        .getResultList()
        .isEmpty();
  }

  /** The caller's own site's participation in the trial; any other site is not found. */
  private TrialParticipation ownParticipation(String trialCode, String siteCode, String field) {
    if (!caller.sites().contains(siteCode)) {
      throw new NotFoundException("participation.notFound", siteCode, trialCode);
    }
    TrialParticipation participation = participations.find(trialCode, siteCode);
    conflict(RegistrationOpening.siteActive(trialCode, siteCode, participation.isActive(), field));
    return participation;
  }

  /** A rule's refusal of the trial's or site's state is a conflict, not a bad request. */
  private static void conflict(Optional<Refusal> refusal) {
    refusal.ifPresent(
        r -> {
          throw new ConflictException(r.field(), r.key(), r.arguments().toArray());
        });
  }

  /** Today where the site is: a consent signed "today" in Tokyo is not in the future. */
  public LocalDate today(TrialParticipation participation) {
    return participation.getSite().today(clock);
  }

  /** One subject, if the caller may see its site. */
  public Subject find(String trialCode, String subjectId) {
    Subject subject =
        em.createQuery(
                "select s from Subject s join fetch s.site join fetch s.trial"
                    + " where s.trial.code = :trial and s.subjectId = :id",
                Subject.class)
            .setParameter("trial", trialCode)
            .setParameter("id", subjectId)
            .getResultStream()
            .findFirst()
            .filter(s -> caller.maySee(s.getSite().getCode()))
            .orElseThrow(() -> new NotFoundException("subject.notFound", subjectId, trialCode));
    return loaded(subject);
  }

  /** Touches what documents and pages show, so it is loaded inside the transaction. */
  private static Subject loaded(Subject subject) {
    subject.getEligibility().size();
    subject.getFactors().size();
    return subject;
  }

  /** Like {@link #find}, for a change: only the coordinators and investigators of its site. */
  public Subject forChange(String trialCode, String subjectId) {
    caller.require(Capability.RECORD_SUBJECT_DATA);
    Subject subject = find(trialCode, subjectId);
    if (!caller.sites().contains(subject.getSite().getCode())) {
      throw new NotFoundException("subject.notFound", subjectId, trialCode);
    }
    return subject;
  }

  public long count(String trialCode, PageRequest request) {
    return Pages.count(em, Subject.class, request, SORTABLE, scope(trialCode));
  }

  public List<Subject> page(String trialCode, PageRequest request) {
    List<Subject> page = Pages.load(em, Subject.class, request, SORTABLE, scope(trialCode));
    page.forEach(EnrollmentService::loaded);
    return page;
  }

  private Pages.Restriction<Subject> scope(String trialCode) {
    trials.find(trialCode);
    return (cb, root) -> {
      var inTrial = cb.equal(root.get("trial").get("code"), trialCode);
      if (!caller.siteScoped()) {
        return inTrial;
      }
      return cb.and(inTrial, root.get("site").get("code").in(List.copyOf(caller.sites())));
    };
  }

  /** Moves a subject on in its lifecycle by hand, with the reason (withdrawal, loss, …). */
  public Subject changeStatus(String trialCode, String subjectId, SubjectStatusChange change) {
    Subject subject = forChange(trialCode, subjectId);
    validation.require(change);
    String reason = AuditTrail.requireReason(change.reasonForChange());
    Map<String, String> before = subject.auditState();
    subject.changeStatus(SubjectStatus.valueOf(change.status()), reason);
    trail.changed(subject, before, reason);
    return subject;
  }

  /** The trial, loaded whole, for capabilities that build on enrollment. */
  public Trial trialOf(String trialCode) {
    return trials.find(trialCode);
  }
}
