package org.trialdesk.randomization.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trialdesk.platform.error.NotFoundException;
import org.trialdesk.platform.persistence.PageRequest;
import org.trialdesk.platform.persistence.Pages;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.security.Role;
import org.trialdesk.randomization.control.AllocationChain;
import org.trialdesk.randomization.control.AllocationInput;
import org.trialdesk.randomization.control.ArmRatio;
import org.trialdesk.randomization.control.Balance;
import org.trialdesk.randomization.control.BlockState;
import org.trialdesk.randomization.control.Decision;
import org.trialdesk.randomization.control.GuessingRisk;
import org.trialdesk.randomization.control.SchemeRules;
import org.trialdesk.randomization.entity.Allocation;
import org.trialdesk.randomization.entity.AllocationHead;
import org.trialdesk.randomization.entity.Notification;
import org.trialdesk.randomization.entity.RandomizationScheme;
import org.trialdesk.security.boundary.CurrentUser;
import org.trialdesk.trial.boundary.TrialService;
import org.trialdesk.trial.entity.RandomizationMethod;
import org.trialdesk.trial.entity.Trial;

/**
 * The monitor's view of a trial's allocations: the log itself, verification of its hash chain,
 * re-derivation of single assignments from the stored inputs, and balance figures. Closed to the
 * sites, who must not see the sequence.
 */
@ApplicationScoped
@Transactional
public class AllocationLog {

  private static final List<String> SORTABLE =
      List.of(
          "sequence", "subjectId", "siteCode", "stratum", "arm", "randomizedBy", "randomizedAt");

  @PersistenceContext EntityManager em;
  @Inject TrialService trials;
  @Inject RandomizationSchemes schemes;
  @Inject CurrentUser caller;
  @Inject Blinding blinding;

  private Trial readable(String trialCode) {
    caller.require(Capability.READ_ALLOCATIONS);
    return trials.find(trialCode);
  }

  /** Whether arms are shown in the log: administrators stay blind in a blinded trial. */
  public boolean armsVisible(Trial trial) {
    return blinding.armsVisibleInTrial(trial);
  }

  public long count(String trialCode, PageRequest request) {
    Trial trial = readable(trialCode);
    return Pages.count(em, Allocation.class, masked(trial, request), SORTABLE, ofTrial(trial));
  }

  public List<Allocation> page(String trialCode, PageRequest request) {
    Trial trial = readable(trialCode);
    return Pages.load(em, Allocation.class, masked(trial, request), SORTABLE, ofTrial(trial));
  }

  /** Filtering by arm would reveal arms to the blind. */
  private PageRequest masked(Trial trial, PageRequest request) {
    if (armsVisible(trial) || !request.filters().containsKey("arm")) {
      return request;
    }
    Map<String, String> filters = new LinkedHashMap<>(request.filters());
    filters.remove("arm");
    return new PageRequest(
        request.first(), request.size(), request.sortBy(), request.ascending(), filters);
  }

  private static Pages.Restriction<Allocation> ofTrial(Trial trial) {
    return (cb, root) -> cb.equal(root.get("trialId"), trial.getId());
  }

  public AllocationChain.Verdict verify(String trialCode) {
    Trial trial = readable(trialCode);
    return AllocationChain.verify(all(trial), em.find(AllocationHead.class, trial.getId()));
  }

  /**
   * The chain head's hash, which a monitor notes down to prove later that nothing was appended or
   * cut since; null for a reader blind to arms (trying each arm against it would tell the last
   * one).
   */
  public String headHash(String trialCode) {
    Trial trial = readable(trialCode);
    AllocationHead head = em.find(AllocationHead.class, trial.getId());
    return head == null || !armsVisible(trial) ? null : head.getLastHash();
  }

  private List<Allocation> all(Trial trial) {
    return em.createQuery(
            "select a from Allocation a where a.trialId = :trial order by a.sequence",
            Allocation.class)
        .setParameter("trial", trial.getId())
        .getResultList();
  }

  /** What replaying the algorithm from the stored inputs gives for one allocation. */
  public record Rederivation(
      long sequence,
      String subjectId,
      String storedArm,
      String derivedArm,
      boolean matches,
      boolean imported,
      String algorithm,
      int algorithmVersion,
      int schemeVersion,
      String stratum,
      Integer blockNumber,
      Integer blockSize,
      Integer blockPosition,
      String scores,
      Double draw) {}

  public Rederivation rederive(String trialCode, long sequence) {
    Trial trial = readable(trialCode);
    Allocation stored =
        em.createQuery(
                "select a from Allocation a where a.trialId = :trial and a.sequence = :sequence",
                Allocation.class)
            .setParameter("trial", trial.getId())
            .setParameter("sequence", sequence)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("allocation.notFound", sequence));
    boolean visible = armsVisible(trial);
    if (stored.isImported()) {
      return new Rederivation(
          sequence,
          stored.getSubjectId(),
          visible ? stored.getArm() : null,
          null,
          false,
          true,
          stored.getAlgorithm(),
          stored.getAlgorithmVersion(),
          stored.getSchemeVersion(),
          stored.getStratum(),
          null,
          null,
          null,
          null,
          null);
    }
    RandomizationScheme scheme = schemes.version(trial, stored.getSchemeVersion());
    SchemeRules rules = RandomizationSchemes.rules(scheme);
    Decision decision =
        rules
            .allocationMethod()
            .decide(
                new AllocationInput(
                    scheme.seed(),
                    ArmRatio.of(trial.getArms()),
                    sequence,
                    stored.getStratum(),
                    stored.levels(),
                    blockBefore(stored),
                    rules.dynamic() ? history(trial, sequence) : List.of()));
    boolean sameBlock =
        stored.getBlockNumber() == null
            || (decision.block().number() == stored.getBlockNumber()
                && decision.block().size() == stored.getBlockSize()
                && decision.block().filled() == stored.getBlockPosition());
    boolean matches = decision.arm().equals(stored.getArm()) && sameBlock;
    return new Rederivation(
        sequence,
        stored.getSubjectId(),
        visible ? stored.getArm() : null,
        visible ? decision.arm() : null,
        matches,
        false,
        stored.getAlgorithm(),
        stored.getAlgorithmVersion(),
        stored.getSchemeVersion(),
        stored.getStratum(),
        // The replay's own working: the block it filled, the scores and the draw it made.
        stored.getBlockNumber() == null ? null : decision.block().number(),
        stored.getBlockNumber() == null ? null : decision.block().size(),
        stored.getBlockNumber() == null ? null : decision.block().filled(),
        visible ? decision.scoresText() : null,
        visible ? decision.draw() : null);
  }

  /**
   * The stratum's block state just before this allocation. At a block's first place that is the
   * previous block complete, so the replay draws this block's size again from the seed.
   */
  private static BlockState blockBefore(Allocation stored) {
    if (stored.getBlockNumber() == null) {
      return BlockState.START;
    }
    if (stored.getBlockPosition() == 1) {
      return new BlockState(stored.getBlockNumber() - 1, 0, 0);
    }
    return new BlockState(
        stored.getBlockNumber(), stored.getBlockSize(), stored.getBlockPosition() - 1);
  }

  private List<org.trialdesk.randomization.control.PriorAllocation> history(
      Trial trial, long before) {
    return all(trial).stream()
        .filter(a -> a.getSequence() < before)
        .map(
            a ->
                new org.trialdesk.randomization.control.PriorAllocation(
                    a.getArm(), a.getStratum(), a.levels()))
        .toList();
  }

  /** Arm totals overall, per site and per stratum, and the design's figures. */
  public record BalanceReport(
      List<String> arms,
      Map<String, Long> overall,
      Map<String, Map<String, Long>> bySite,
      Map<String, Map<String, Long>> byStratum,
      Map<String, Map<String, Map<String, Long>>> byFactor,
      double maxRunningImbalance,
      Double correctGuessProbability,
      long records) {}

  public BalanceReport balance(String trialCode) {
    Trial trial = readable(trialCode);
    if (!armsVisible(trial)) {
      caller.requireAny(Role.MONITOR, Role.STATISTICIAN);
    }
    List<ArmRatio> arms = ArmRatio.of(trial.getArms());
    List<Allocation> all = all(trial);
    Map<String, Map<String, Long>> bySite = new java.util.TreeMap<>();
    Map<String, Map<String, Long>> byStratum = new java.util.TreeMap<>();
    Map<String, Map<String, Map<String, Long>>> byFactor = new LinkedHashMap<>();
    all.forEach(
        a -> {
          bySite
              .computeIfAbsent(a.getSiteCode(), k -> Balance.totals(arms, List.of()))
              .merge(a.getArm(), 1L, Long::sum);
          byStratum
              .computeIfAbsent(a.getStratum(), k -> Balance.totals(arms, List.of()))
              .merge(a.getArm(), 1L, Long::sum);
          a.levels()
              .forEach(
                  (factor, level) ->
                      byFactor
                          .computeIfAbsent(factor, k -> new java.util.TreeMap<>())
                          .computeIfAbsent(level, k -> Balance.totals(arms, List.of()))
                          .merge(a.getArm(), 1L, Long::sum));
        });
    List<String> sequence = all.stream().map(Allocation::getArm).toList();
    Double guessing =
        schemes
            .current(trial)
            .filter(s -> s.getMethod() == RandomizationMethod.PERMUTED_BLOCK)
            .map(s -> GuessingRisk.correctGuessProbability(arms, s.blockSizes()))
            .orElse(null);
    return new BalanceReport(
        arms.stream().map(ArmRatio::code).toList(),
        Balance.totals(arms, sequence),
        bySite,
        byStratum,
        byFactor,
        Balance.maxRunningImbalance(arms, sequence),
        guessing,
        all.size());
  }

  /** The notifications the caller may read: none for those who may not, instead of a refusal. */
  public List<Notification> notificationsForCaller(String trialCode) {
    return caller.may(Capability.READ_UNBLINDING_NOTICES) ? notifications(trialCode) : List.of();
  }

  /** Notifications for monitors (emergency unblindings), newest first. */
  public List<Notification> notifications(String trialCode) {
    caller.require(Capability.READ_UNBLINDING_NOTICES);
    Trial trial = trials.find(trialCode);
    return em.createQuery(
            "select n from Notification n where n.trialId = :trial and n.audience = :audience"
                + " order by n.createdAt desc",
            Notification.class)
        .setParameter("trial", trial.getId())
        .setParameter("audience", Role.MONITOR.name())
        .getResultList();
  }
}
