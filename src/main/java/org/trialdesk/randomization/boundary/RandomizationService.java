package org.trialdesk.randomization.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.audit.entity.AuditAction;
import org.trialdesk.enrollment.boundary.EnrollmentDocument;
import org.trialdesk.enrollment.boundary.EnrollmentService;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.enrollment.entity.SubjectStatus;
import org.trialdesk.platform.error.ConflictException;
import org.trialdesk.platform.error.NotFoundException;
import org.trialdesk.platform.security.Caller;
import org.trialdesk.randomization.control.AllocationInput;
import org.trialdesk.randomization.control.AllocationMethod;
import org.trialdesk.randomization.control.ArmRatio;
import org.trialdesk.randomization.control.BlockState;
import org.trialdesk.randomization.control.Decision;
import org.trialdesk.randomization.control.PermutedBlocks;
import org.trialdesk.randomization.control.PriorAllocation;
import org.trialdesk.randomization.control.Readiness;
import org.trialdesk.randomization.control.SchemeRules;
import org.trialdesk.randomization.control.TreatmentCodes;
import org.trialdesk.randomization.entity.Allocation;
import org.trialdesk.randomization.entity.AllocationHead;
import org.trialdesk.randomization.entity.FactorLevels;
import org.trialdesk.randomization.entity.RandomizationScheme;
import org.trialdesk.randomization.entity.Stratum;
import org.trialdesk.randomization.entity.StratumState;
import org.trialdesk.site.boundary.ParticipationService;
import org.trialdesk.site.entity.TrialParticipation;
import org.trialdesk.trial.entity.Trial;

/**
 * Randomizes subjects. Every randomization of a trial first locks the trial's allocation head row
 * in the database, so concurrent requests, on any number of threads or server nodes, queue there:
 * none shares or skips a position, caps are counted exactly, and the chain stays unbroken.
 */
@ApplicationScoped
@Transactional
public class RandomizationService {

  @PersistenceContext EntityManager em;
  @Inject EnrollmentService enrollment;
  @Inject ParticipationService participations;
  @Inject RandomizationSchemes schemes;
  @Inject Caller caller;
  @Inject AllocationAppender appender;
  @Inject AllocationCaps caps;
  @Inject Blinding blinding;
  @Inject AuditTrail trail;
  @Inject Clock clock;
  @Inject ReceiptKeys receipts;

  /** The allocation and whether this call made it (or found it made before). */
  public record Outcome(Allocation allocation, boolean created) {}

  public Outcome randomize(String trialCode, String subjectId) {
    Subject subject = enrollment.forChange(trialCode, subjectId);
    Optional<Allocation> existing = allocationOf(subject);
    if (existing.isPresent()) {
      return new Outcome(existing.get(), false);
    }
    Trial trial = subject.getTrial();
    AllocationHead head =
        em.find(AllocationHead.class, trial.getId(), LockModeType.PESSIMISTIC_WRITE);
    if (head == null) {
      throw new ConflictException(null, "randomization.noScheme", trialCode);
    }
    // Another request may have randomized this subject while this one waited for the lock.
    existing = allocationOf(subject);
    if (existing.isPresent()) {
      return new Outcome(existing.get(), false);
    }
    em.refresh(subject);
    RandomizationScheme scheme =
        schemes
            .current(trial)
            .orElseThrow(() -> new ConflictException(null, "randomization.noScheme", trialCode));
    TrialParticipation participation = participations.find(trialCode, subject.getSite().getCode());
    Readiness.problem(trial, participation, subject, participation.getSite().today(clock))
        .ifPresent(
            refusal -> {
              throw new ConflictException(
                  refusal.field(), refusal.key(), refusal.arguments().toArray());
            });
    Stratum stratumKey = Stratum.of(scheme.stratifyBy(), subject.getFactors());
    StratumState stratum = appender.stratumState(trial.getId(), stratumKey.key());
    caps.requireRoom(trial, participation, scheme, stratum);

    SchemeRules rules = RandomizationSchemes.rules(scheme);
    AllocationMethod method = rules.allocationMethod();
    long sequence = appender.nextSequence(head);
    BlockState block =
        new BlockState(stratum.getBlockNumber(), stratum.getBlockSize(), stratum.getBlockFilled());
    Decision decision;
    try {
      decision =
          method.decide(
              new AllocationInput(
                  scheme.seed(),
                  arms(trial),
                  sequence,
                  stratumKey.key(),
                  subject.getFactors(),
                  block,
                  rules.dynamic() ? history(trial) : List.of()));
    } catch (IllegalArgumentException schemeNoLongerFits) {
      // Arms re-weighted after the scheme was set (possible while the trial was a draft).
      throw new ConflictException(null, "randomization.schemeMismatch", trialCode);
    }
    boolean blocks = method instanceof PermutedBlocks;
    int stratumSequence =
        stratum.take(decision.block().number(), decision.block().size(), decision.block().filled());
    Allocation allocation =
        appender.append(
            head,
            sequence,
            new Allocation.Facts(
                new Allocation.Assignee(
                    subject.getId(), subject.getSubjectId(), subject.getSite().getCode()),
                new Allocation.Place(
                    stratumKey, FactorLevels.of(subject.getFactors()), stratumSequence),
                decision.arm(),
                TreatmentCodes.of(scheme.seed(), sequence),
                new Allocation.Method(
                    method.algorithm(), method.version(), scheme.getSchemeVersion()),
                blocks
                    ? new Allocation.BlockPlace(
                        decision.block().number(),
                        decision.block().size(),
                        decision.block().filled())
                    : Allocation.BlockPlace.NONE,
                new Allocation.Working(
                    scoresText(decision.scores()),
                    decision.draw() == null ? null : Double.toString(decision.draw())),
                false),
            Instant.now(clock),
            caller.username());
    subject.randomized();
    // The trail names the treatment code, never the arm: it is read by people who must stay blind.
    trail.event(AuditAction.RANDOMIZE, subject, allocation.getTreatmentCode());
    return new Outcome(allocation, true);
  }

  /** A subject just registered, with its assignment unless it failed screening. */
  public record Enrolled(Subject subject, AssignmentDocument assignment) {}

  /**
   * Registers a subject and randomizes it in one transaction, as the wizard promises: when the
   * randomization is refused (a cap reached, say) nobody is registered and no number is used. A
   * screen failure is registered without randomization.
   */
  public Enrolled enrollAndRandomize(String trialCode, EnrollmentDocument doc) {
    Subject subject = enrollment.enroll(trialCode, doc);
    if (subject.getStatus() == SubjectStatus.SCREEN_FAILED) {
      return new Enrolled(subject, null);
    }
    em.flush();
    Outcome outcome = randomize(trialCode, subject.getSubjectId());
    return new Enrolled(subject, document(outcome.allocation(), subject));
  }

  static List<ArmRatio> arms(Trial trial) {
    return trial.getArms().stream().map(a -> new ArmRatio(a.getCode(), a.getRatio())).toList();
  }

  /** The earlier allocations of the trial, imported ones included, in sequence order. */
  List<PriorAllocation> history(Trial trial) {
    return history(trial.getId(), Long.MAX_VALUE);
  }

  List<PriorAllocation> history(Long trialId, long beforeSequence) {
    return em.createQuery(
            "select a from Allocation a where a.trialId = :trial and a.sequence < :before"
                + " order by a.sequence",
            Allocation.class)
        .setParameter("trial", trialId)
        .setParameter("before", beforeSequence)
        .getResultStream()
        .map(a -> new PriorAllocation(a.getArm(), a.getStratum(), a.levels()))
        .toList();
  }

  static String scoresText(Map<String, Double> scores) {
    return scores == null
        ? null
        : scores.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(";"));
  }

  public Optional<Allocation> allocationOf(Subject subject) {
    return em.createQuery(
            "select a from Allocation a where a.trialId = :trial and a.subjectKey = :subject",
            Allocation.class)
        .setParameter("trial", subject.getTrial().getId())
        .setParameter("subject", subject.getId())
        .getResultStream()
        .findFirst();
  }

  /** The assignment of a subject the caller may see, or 404 when there is none yet. */
  public Allocation assignment(String trialCode, String subjectId) {
    Subject subject = enrollment.find(trialCode, subjectId);
    return allocationOf(subject)
        .orElseThrow(() -> new NotFoundException("randomization.notYet", subjectId));
  }

  /** The assignment as this caller may see it. */
  public AssignmentDocument document(Allocation allocation, Subject subject) {
    return AssignmentDocument.of(
        allocation,
        blinding.armVisible(subject.getTrial(), subject),
        blinding.auditor(),
        receipts.receiptOf(subject.getTrial().getCode(), allocation));
  }
}
