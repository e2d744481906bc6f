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
import java.util.Optional;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.audit.entity.AuditAction;
import org.trialdesk.enrollment.boundary.EnrollmentDocument;
import org.trialdesk.enrollment.boundary.EnrollmentService;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.enrollment.entity.SubjectStatus;
import org.trialdesk.platform.error.ConflictException;
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
 * Randomizes subjects: one registered earlier, or one just registered by the wizard, in the same
 * transaction. The path runs one way: enrollment finds or registers the subject, the rules ({@link
 * Readiness}, the allocation methods) decide, {@link AllocationCaps} refuses when full, and {@link
 * AllocationAppender} chains the record. Every randomization of a trial first locks the trial's
 * allocation head row in the database, so concurrent requests, on any number of threads or server
 * nodes, queue there: none shares or skips a position, caps are counted exactly, and the chain
 * stays unbroken.
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
  @Inject Assignments assignments;
  @Inject AuditTrail trail;
  @Inject Clock clock;

  /** The subject, its allocation and whether this call made it (or found it made before). */
  public record Outcome(Subject subject, Allocation allocation, boolean created) {}

  /** Randomizes a subject registered earlier (e.g. when consent came later); idempotent. */
  public Outcome randomize(String trialCode, String subjectId) {
    return randomize(enrollment.forChange(trialCode, subjectId));
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
    Outcome outcome = randomize(subject);
    return new Enrolled(subject, assignments.document(outcome.allocation(), subject));
  }

  /** The subject's site may change it: checked by the caller ({@code forChange} or enroll). */
  private Outcome randomize(Subject subject) {
    Optional<Allocation> existing = assignments.allocationOf(subject);
    if (existing.isPresent()) {
      return new Outcome(subject, existing.get(), false);
    }
    Trial trial = subject.getTrial();
    AllocationHead head =
        em.find(AllocationHead.class, trial.getId(), LockModeType.PESSIMISTIC_WRITE);
    if (head == null) {
      throw new ConflictException(null, "randomization.noScheme", trial.getCode());
    }
    // Another request may have randomized this subject while this one waited for the lock.
    existing = assignments.allocationOf(subject);
    if (existing.isPresent()) {
      return new Outcome(subject, existing.get(), false);
    }
    em.refresh(subject);
    RandomizationScheme scheme =
        schemes
            .current(trial)
            .orElseThrow(
                () -> new ConflictException(null, "randomization.noScheme", trial.getCode()));
    TrialParticipation participation =
        participations.find(trial.getCode(), subject.getSite().getCode());
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
    Decision decision =
        decide(trial, scheme, method, rules.dynamic(), sequence, stratumKey, stratum, subject);
    int stratumSequence =
        stratum.take(decision.block().number(), decision.block().size(), decision.block().filled());
    Allocation allocation =
        appender.append(
            head,
            sequence,
            facts(subject, scheme, method, sequence, stratumKey, stratumSequence, decision),
            Instant.now(clock),
            caller.username());
    subject.randomized();
    // The trail names the treatment code, never the arm: it is read by people who must stay blind.
    trail.event(AuditAction.RANDOMIZE, subject, allocation.getTreatmentCode());
    return new Outcome(subject, allocation, true);
  }

  /**
   * The scheme's method gives the arm, from the seed, the stratum's block and the counts so far.
   */
  private Decision decide(
      Trial trial,
      RandomizationScheme scheme,
      AllocationMethod method,
      boolean dynamic,
      long sequence,
      Stratum stratumKey,
      StratumState stratum,
      Subject subject) {
    try {
      return method.decide(
          new AllocationInput(
              scheme.seed(),
              ArmRatio.of(trial.getArms()),
              sequence,
              stratumKey.key(),
              subject.getFactors(),
              new BlockState(
                  stratum.getBlockNumber(), stratum.getBlockSize(), stratum.getBlockFilled()),
              dynamic ? history(trial) : List.of()));
    } catch (IllegalArgumentException schemeNoLongerFits) {
      // Arms re-weighted after the scheme was set (possible while the trial was a draft).
      throw new ConflictException(null, "randomization.schemeMismatch", trial.getCode());
    }
  }

  /** What the chain records of a decision: the block only for the block methods. */
  private static Allocation.Facts facts(
      Subject subject,
      RandomizationScheme scheme,
      AllocationMethod method,
      long sequence,
      Stratum stratumKey,
      int stratumSequence,
      Decision decision) {
    return new Allocation.Facts(
        new Allocation.Assignee(
            subject.getId(), subject.getSubjectId(), subject.getSite().getCode()),
        new Allocation.Place(stratumKey, FactorLevels.of(subject.getFactors()), stratumSequence),
        decision.arm(),
        TreatmentCodes.of(scheme.seed(), sequence),
        new Allocation.Method(method.algorithm(), method.version(), scheme.getSchemeVersion()),
        method instanceof PermutedBlocks
            ? new Allocation.BlockPlace(
                decision.block().number(), decision.block().size(), decision.block().filled())
            : Allocation.BlockPlace.NONE,
        new Allocation.Working(
            decision.scoresText(),
            decision.draw() == null ? null : Double.toString(decision.draw())),
        false);
  }

  /**
   * The earlier allocations of the trial, imported ones included, counted by arm, stratum and
   * factor levels: the dynamic methods only count, so the database does the counting.
   */
  private List<PriorAllocation> history(Trial trial) {
    return em.createQuery(
            "select a.arm, a.stratum, a.factorValues, count(a) from Allocation a"
                + " where a.trialId = :trial group by a.arm, a.stratum, a.factorValues",
            Object[].class)
        .setParameter("trial", trial.getId())
        .getResultStream()
        .map(
            row ->
                new PriorAllocation(
                    (String) row[0],
                    (String) row[1],
                    ((FactorLevels) row[2]).levels(),
                    (Long) row[3]))
        .toList();
  }
}
