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
import org.trialdesk.enrollment.control.EligibilityCheck;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.enrollment.entity.SubjectStatus;
import org.trialdesk.platform.error.ConflictException;
import org.trialdesk.platform.error.InvalidInputException;
import org.trialdesk.platform.error.NotFoundException;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.security.Role;
import org.trialdesk.randomization.control.AllocationChain;
import org.trialdesk.randomization.control.AllocationInput;
import org.trialdesk.randomization.control.AllocationMethod;
import org.trialdesk.randomization.control.ArmRatio;
import org.trialdesk.randomization.control.BlockState;
import org.trialdesk.randomization.control.Decision;
import org.trialdesk.randomization.control.PermutedBlocks;
import org.trialdesk.randomization.control.PriorAllocation;
import org.trialdesk.randomization.control.SchemeRules;
import org.trialdesk.randomization.control.Strata;
import org.trialdesk.randomization.control.TreatmentCodes;
import org.trialdesk.randomization.entity.Allocation;
import org.trialdesk.randomization.entity.AllocationHead;
import org.trialdesk.randomization.entity.Notification;
import org.trialdesk.randomization.entity.RandomizationScheme;
import org.trialdesk.randomization.entity.StratumState;
import org.trialdesk.randomization.entity.Unblinding;
import org.trialdesk.security.boundary.CurrentUser;
import org.trialdesk.security.boundary.PasswordCheck;
import org.trialdesk.site.boundary.ParticipationService;
import org.trialdesk.site.entity.TrialParticipation;
import org.trialdesk.trial.entity.StratificationFactor;
import org.trialdesk.trial.entity.Trial;
import org.trialdesk.trial.entity.TrialStatus;

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
  @Inject CurrentUser caller;
  @Inject PasswordCheck passwords;
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
    requireRandomizable(trial, subject, participation);
    String stratumKey = Strata.of(scheme.stratifyBy(), subject.getFactors());
    StratumState stratum = stratumState(trial, stratumKey);
    requireWithinCaps(trial, participation, scheme, stratum);

    SchemeRules rules = RandomizationSchemes.rules(scheme);
    AllocationMethod method = rules.allocationMethod();
    long sequence = head.getLastSequence() + 1;
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
                  stratumKey,
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
        new Allocation(
            trial.getId(),
            sequence,
            new Allocation.Facts(
                subject.getId(),
                subject.getSubjectId(),
                subject.getSite().getCode(),
                stratumKey,
                subject.factorValues(),
                stratumSequence,
                decision.arm(),
                TreatmentCodes.of(scheme.seed(), sequence),
                method.algorithm(),
                method.version(),
                scheme.getSchemeVersion(),
                blocks ? decision.block().number() : null,
                blocks ? decision.block().size() : null,
                blocks ? decision.block().filled() : null,
                scoresText(decision.scores()),
                decision.draw() == null ? null : Double.toString(decision.draw()),
                false),
            Instant.now(clock),
            caller.username());
    allocation.chain(head.getLastHash(), AllocationChain::hashOf);
    em.persist(allocation);
    head.advance(sequence, allocation.getHash());
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

  private void requireRandomizable(Trial trial, Subject subject, TrialParticipation participation) {
    if (trial.getStatus() != TrialStatus.RECRUITING) {
      throw new ConflictException(
          null, "randomization.notRecruiting", trial.getCode(), trial.getStatus());
    }
    if (!participation.isActive()) {
      throw new ConflictException(
          "siteCode",
          "randomization.siteInactive",
          participation.getSite().getCode(),
          participation.getStatus());
    }
    if (subject.getStatus() != SubjectStatus.SCREENING) {
      throw new ConflictException(
          "status", "randomization.notScreening", subject.getSubjectId(), subject.getStatus());
    }
    EligibilityCheck.Outcome eligibility = EnrollmentService.eligibility(subject);
    if (!eligibility.eligible()) {
      throw new ConflictException(
          "eligibility", "randomization.eligibilityOpen", eligibility.unanswered());
    }
    if (subject.getConsentSignedOn() == null) {
      throw new ConflictException("consent", "randomization.noConsent");
    }
    if (subject.getConsentSignedOn().isAfter(enrollment.today(participation))) {
      throw new ConflictException(
          "consent.signedOn", "randomization.consentAfter", subject.getConsentSignedOn());
    }
    for (StratificationFactor factor : trial.getFactors()) {
      if (subject.getFactors().get(factor.getCode()) == null) {
        throw new ConflictException(
            "factors." + factor.getCode(), "randomization.factorMissing", factor.getName());
      }
    }
  }

  private void requireWithinCaps(
      Trial trial, TrialParticipation participation, RandomizationScheme scheme, StratumState s) {
    long inTrial = countAllocations("a.trialId = :trial", Map.of("trial", trial.getId()));
    if (inTrial >= trial.getTargetEnrollment()) {
      throw new ConflictException(
          null, "randomization.cap.trial", trial.getCode(), trial.getTargetEnrollment());
    }
    if (participation.getCap() != null) {
      long atSite =
          countAllocations(
              "a.trialId = :trial and a.siteCode = :site",
              Map.of("trial", trial.getId(), "site", participation.getSite().getCode()));
      if (atSite >= participation.getCap()) {
        throw new ConflictException(
            "siteCode",
            "randomization.cap.site",
            participation.getSite().getCode(),
            participation.getCap());
      }
    }
    if (scheme.getStratumCap() != null && s.getAllocated() >= scheme.getStratumCap()) {
      throw new ConflictException(
          null, "randomization.cap.stratum", s.getStratum(), scheme.getStratumCap());
    }
  }

  private long countAllocations(String where, Map<String, Object> parameters) {
    var query = em.createQuery("select count(a) from Allocation a where " + where, Long.class);
    parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  /** The stratum's state row, created on its first subject (under the head lock). */
  StratumState stratumState(Trial trial, String stratum) {
    return em.createQuery(
            "select s from StratumState s where s.trialId = :trial and s.stratum = :stratum",
            StratumState.class)
        .setParameter("trial", trial.getId())
        .setParameter("stratum", stratum)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              StratumState created = new StratumState(trial.getId(), stratum);
              em.persist(created);
              return created;
            });
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

  /**
   * Whether the caller may know the arm of this subject: always in an open trial; in a blinded one,
   * monitors and statisticians (who audit and analyse), and the people of the subject's site once
   * the subject has been unblinded in an emergency.
   */
  public boolean armVisible(Trial trial, Subject subject) {
    if (!trial.isBlinded()) {
      return true;
    }
    if (caller.is(Role.MONITOR) || caller.is(Role.STATISTICIAN)) {
      return true;
    }
    return caller.sites().contains(subject.getSite().getCode()) && unblinded(subject);
  }

  /** The assignment as this caller may see it. */
  public AssignmentDocument document(Allocation allocation, Subject subject) {
    return AssignmentDocument.of(
        allocation,
        armVisible(subject.getTrial(), subject),
        auditor(),
        receipts.receiptOf(subject.getTrial().getCode(), allocation));
  }

  /**
   * The agents of a randomized subject's regimen: those of its arm, or of every arm while the trial
   * is blinded to the caller (naming only the arm's agents would unblind it). None before
   * randomization.
   */
  public List<String> agentsOf(Subject subject) {
    // Loaded here whole: the subject may come from a page, read in an earlier transaction.
    Trial trial = enrollment.trialOf(subject.getTrial().getCode());
    Optional<Allocation> allocation = allocationOf(subject);
    if (allocation.isEmpty()) {
      return List.of();
    }
    boolean armKnown = armVisible(trial, subject);
    java.util.Set<String> agents = new java.util.LinkedHashSet<>();
    for (org.trialdesk.trial.entity.Arm arm : trial.getArms()) {
      if (!armKnown || arm.getCode().equals(allocation.get().getArm())) {
        arm.getRegimen().forEach(line -> agents.add(line.getAgent()));
      }
    }
    return List.copyOf(agents);
  }

  /**
   * The regimen of the subject's arm, agent → planned dose, when the caller may know the arm; empty
   * otherwise. Read once per subject, not per dose shown.
   */
  public Map<String, org.trialdesk.trial.entity.AgentDose> plannedRegimen(Subject subject) {
    Trial trial = enrollment.trialOf(subject.getTrial().getCode());
    Map<String, org.trialdesk.trial.entity.AgentDose> planned = new java.util.LinkedHashMap<>();
    allocationOf(subject)
        .filter(a -> armVisible(trial, subject))
        .flatMap(a -> trial.arm(a.getArm()))
        .ifPresent(arm -> arm.getRegimen().forEach(l -> planned.putIfAbsent(l.getAgent(), l)));
    return planned;
  }

  /** Whether the caller may know the arms of the trial's subjects in general (lists, tables). */
  public boolean armsVisibleInTrial(Trial trial) {
    return !trial.isBlinded() || caller.is(Role.MONITOR) || caller.is(Role.STATISTICIAN);
  }

  /** Whether the caller sees sequence numbers: those who audit, never the sites. */
  public boolean auditor() {
    return caller.is(Role.MONITOR) || caller.is(Role.STATISTICIAN) || caller.is(Role.ADMINISTRATOR);
  }

  public boolean unblinded(Subject subject) {
    return !em.createQuery(
            "select u.id from Unblinding u where u.subjectKey = :subject", Long.class)
        .setParameter("subject", subject.getId())
        .getResultList()
        .isEmpty();
  }

  public List<Unblinding> unblindings(Subject subject) {
    return em.createQuery(
            "select u from Unblinding u where u.subjectKey = :subject order by u.unblindedAt",
            Unblinding.class)
        .setParameter("subject", subject.getId())
        .getResultList();
  }

  /**
   * Emergency unblinding of one subject by an investigator of its site, who gives a reason and
   * enters the password again. Logged, and the monitors are notified.
   */
  public Allocation unblind(String trialCode, String subjectId, String reason, String password) {
    caller.require(Capability.UNBLIND);
    Subject subject = enrollment.forChange(trialCode, subjectId);
    if (!subject.getTrial().isBlinded()) {
      throw new ConflictException(null, "unblinding.notBlinded", trialCode);
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "reasonForChange.required");
    }
    String why = reason.trim();
    Allocation allocation =
        allocationOf(subject)
            .orElseThrow(() -> new ConflictException(null, "randomization.notYet", subjectId));
    if (passwords.printedNameIfCorrect(caller.username(), password) == null) {
      throw new InvalidInputException("password", "signature.wrongPassword");
    }
    Instant now = Instant.now(clock);
    em.persist(
        new Unblinding(subject.getTrial().getId(), subject.getId(), why, caller.username(), now));
    em.persist(
        new Notification(
            subject.getTrial().getId(),
            Role.MONITOR.name(),
            Notification.UNBLINDING,
            subjectId,
            why,
            caller.username(),
            now));
    trail.event(AuditAction.UNBLIND, subject, why);
    return allocation;
  }
}
