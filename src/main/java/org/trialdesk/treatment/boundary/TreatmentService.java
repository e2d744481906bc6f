package org.trialdesk.treatment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.enrollment.boundary.EnrollmentService;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.platform.error.ConflictException;
import org.trialdesk.platform.error.FieldError;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.error.NotFoundException;
import org.trialdesk.platform.validation.ConstraintCheck;
import org.trialdesk.randomization.boundary.Assignments;
import org.trialdesk.randomization.boundary.SubjectRegimen;
import org.trialdesk.randomization.entity.Allocation;
import org.trialdesk.safety.entity.AdverseEvent;
import org.trialdesk.security.boundary.CurrentUser;
import org.trialdesk.treatment.entity.Administration;
import org.trialdesk.treatment.entity.DoseChange;
import org.trialdesk.trial.boundary.RegimenVocabulary;
import org.trialdesk.trial.control.RegimenRules;
import org.trialdesk.trial.control.RegimenTerms;
import org.trialdesk.trial.entity.AgentDose;
import org.trialdesk.trial.entity.RegimenTermKind;

/**
 * Doses given to randomized subjects, recorded by the coordinators and investigators of their site:
 * each against the regimen of the subject's arm, a changed dose with its reason.
 */
@ApplicationScoped
@Transactional
public class TreatmentService {

  @PersistenceContext EntityManager em;
  @Inject EnrollmentService enrollment;
  @Inject Assignments assignments;
  @Inject SubjectRegimen regimens;
  @Inject ConstraintCheck validation;
  @Inject CurrentUser caller;
  @Inject AuditTrail trail;
  @Inject Clock clock;
  @Inject RegimenVocabulary vocabulary;

  public Administration record(String trialCode, String subjectId, AdministrationDocument doc) {
    Subject subject = enrollment.forChange(trialCode, subjectId);
    validation.require(doc);
    Allocation allocation =
        assignments
            .allocationOf(subject)
            .orElseThrow(() -> new ConflictException(null, "treatment.notRandomized", subjectId));
    List<FieldError> errors = new ArrayList<>();
    List<String> agents = regimens.agentsOf(subject);
    if (!agents.contains(doc.agent())) {
      errors.add(validation.error("agent", "treatment.agent.unknown", doc.agent(), agents));
    }
    RegimenTerms terms = vocabulary.terms();
    if (doc.unit() != null && terms.find(RegimenTermKind.UNIT, doc.unit()).isEmpty()) {
      errors.add(
          validation.error(
              "unit",
              "regimen.term.unknown",
              doc.unit(),
              RegimenRules.codesOf(terms, RegimenTermKind.UNIT)));
    }
    LocalDate today = subject.getSite().today(clock);
    LocalDate randomizedOn =
        allocation.getRandomizedAt().atZone(subject.getSite().zone()).toLocalDate();
    if (doc.givenOn().isAfter(today)) {
      errors.add(validation.error("givenOn", "ae.date.future", today));
    } else if (doc.givenOn().isBefore(randomizedOn)) {
      errors.add(validation.error("givenOn", "treatment.beforeRandomization", randomizedOn));
    }
    DoseChange change =
        doc.doseChange() == null ? DoseChange.NONE : DoseChange.valueOf(doc.doseChange());
    boolean reasoned = doc.changeReason() != null && !doc.changeReason().isBlank();
    if (change != DoseChange.NONE && !reasoned && doc.adverseEventId() == null) {
      errors.add(validation.error("changeReason", "treatment.change.reason"));
    }
    if (doc.adverseEventId() != null) {
      AdverseEvent event = em.find(AdverseEvent.class, doc.adverseEventId());
      if (event == null || !event.getSubject().getId().equals(subject.getId())) {
        errors.add(validation.error("adverseEventId", "treatment.adverseEvent.unknown"));
      } else if (event.isVoided()) {
        // A voided event was a mistake; it cannot be the reason a dose changed.
        errors.add(
            validation.error("adverseEventId", "treatment.adverseEvent.voided", event.getId()));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    Administration given =
        new Administration(
            subject,
            doc.givenOn(),
            doc.agent(),
            doc.dose(),
            doc.unit(),
            change,
            doc.adverseEventId(),
            reasoned ? doc.changeReason().trim() : null,
            caller.username(),
            Instant.now(clock));
    em.persist(given);
    trail.created(given);
    return given;
  }

  /** Voids a mistaken dose with a reason; it stays, marked, in the subject's record. */
  public Administration voidDose(String trialCode, String subjectId, long id, String reason) {
    Subject subject = enrollment.forChange(trialCode, subjectId);
    Administration dose = em.find(Administration.class, id);
    if (dose == null || !dose.getSubject().getId().equals(subject.getId())) {
      throw new NotFoundException("treatment.notFound", id, subjectId);
    }
    trail.voided(dose, reason, "treatment.voided", id);
    return dose;
  }

  /**
   * What a subject's treatment page shows: the day of randomization and today, both in the site's
   * zone (randomization null before it), the agents a dose can be recorded for, the planned regimen
   * when the caller may know the arm, and the doses given so far.
   */
  public record Course(
      LocalDate randomizedOn,
      LocalDate today,
      List<String> agents,
      List<AgentDose> planned,
      List<AdministrationDocument> given) {}

  public Course course(String trialCode, String subjectId) {
    Subject subject = enrollment.find(trialCode, subjectId);
    ZoneId zone = subject.getSite().zone();
    LocalDate randomizedOn =
        assignments
            .allocationOf(subject)
            .map(a -> a.getRandomizedAt().atZone(zone).toLocalDate())
            .orElse(null);
    return new Course(
        randomizedOn,
        subject.getSite().today(clock),
        regimens.agentsOf(subject),
        List.copyOf(regimens.plannedRegimen(subject).values()),
        of(trialCode, subjectId));
  }

  public List<AdministrationDocument> of(String trialCode, String subjectId) {
    Subject subject = enrollment.find(trialCode, subjectId);
    Map<String, AgentDose> regimen = regimens.plannedRegimen(subject);
    return em.createQuery(
            "select a from Administration a where a.subject = :subject order by a.givenOn, a.id",
            Administration.class)
        .setParameter("subject", subject)
        .getResultStream()
        .map(a -> document(regimen, a))
        .toList();
  }

  public AdministrationDocument document(String trialCode, String subjectId, Administration a) {
    return document(enrollment.find(trialCode, subjectId), a);
  }

  public AdministrationDocument document(Subject subject, Administration a) {
    return document(regimens.plannedRegimen(subject), a);
  }

  private static AdministrationDocument document(Map<String, AgentDose> regimen, Administration a) {
    Optional<AgentDose> planned = Optional.ofNullable(regimen.get(a.getAgent()));
    return new AdministrationDocument(
        a.getId(),
        a.getGivenOn(),
        a.getAgent(),
        // The column's scale would show 350000 as 350000.000000.
        a.getDose() == null
            ? null
            : new BigDecimal(a.getDose().stripTrailingZeros().toPlainString()),
        a.getUnit(),
        a.getDoseChange().name(),
        a.getAdverseEventId(),
        a.getChangeReason(),
        planned.map(l -> l.getDose()).orElse(null),
        planned.map(AgentDose::getUnit).orElse(null),
        a.getRecordedBy(),
        a.isVoided(),
        a.getVoidReason());
  }
}
