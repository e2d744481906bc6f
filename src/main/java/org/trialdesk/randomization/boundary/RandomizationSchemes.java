package org.trialdesk.randomization.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.platform.error.ConflictException;
import org.trialdesk.platform.error.FieldError;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.validation.ConstraintCheck;
import org.trialdesk.randomization.control.Minimization;
import org.trialdesk.randomization.control.SchemeRules;
import org.trialdesk.randomization.entity.AllocationHead;
import org.trialdesk.randomization.entity.RandomizationScheme;
import org.trialdesk.security.boundary.CurrentUser;
import org.trialdesk.trial.boundary.SchemeConfiguration;
import org.trialdesk.trial.boundary.SchemeDocument;
import org.trialdesk.trial.boundary.TrialService;
import org.trialdesk.trial.entity.Arm;
import org.trialdesk.trial.entity.RandomizationMethod;
import org.trialdesk.trial.entity.StratificationFactor;
import org.trialdesk.trial.entity.Trial;
import org.trialdesk.trial.entity.TrialStatus;

/**
 * Configures a trial's randomization scheme: freely while the trial is a draft, afterwards only by
 * an amendment with a reason, which adds a new version. The secret seed is drawn once, from the
 * platform's strong random source, when the first scheme is stored.
 */
@ApplicationScoped
@Transactional
public class RandomizationSchemes implements SchemeConfiguration {

  static final BigDecimal DEFAULT_MINIMIZATION_P = new BigDecimal("0.8");
  static final BigDecimal DEFAULT_COIN_P = new BigDecimal("0.66667");

  @PersistenceContext EntityManager em;
  @Inject TrialService trials;
  @Inject ConstraintCheck validation;
  @Inject CurrentUser caller;
  @Inject AuditTrail trail;
  @Inject Clock clock;

  public Optional<RandomizationScheme> current(Trial trial) {
    return em.createQuery(
            "select s from RandomizationScheme s join fetch s.trial where s.trial = :trial"
                + " order by s.schemeVersion desc",
            RandomizationScheme.class)
        .setParameter("trial", trial)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * The current scheme for the scheme page: block sizes and strata help a site guess the next arm,
   * so only those who read the allocation log see it.
   */
  public Optional<RandomizationScheme> currentForReading(Trial trial) {
    caller.require(Capability.READ_ALLOCATIONS);
    return current(trial);
  }

  public Optional<RandomizationScheme> current(String trialCode) {
    return current(trials.find(trialCode));
  }

  public RandomizationScheme version(Trial trial, int version) {
    return em.createQuery(
            "select s from RandomizationScheme s join fetch s.trial where s.trial = :trial"
                + " and s.schemeVersion = :version",
            RandomizationScheme.class)
        .setParameter("trial", trial)
        .setParameter("version", version)
        .getSingleResult();
  }

  /** Empty for site staff: knowing the block sizes would help them guess the next arm. */
  @Override
  public Optional<SchemeDocument> schemeOf(String trialCode) {
    if (caller.siteScoped()) {
      return Optional.empty();
    }
    return current(trialCode).map(RandomizationSchemes::document);
  }

  @Override
  public SchemeDocument configure(String trialCode, SchemeDocument doc) {
    return document(store(trialCode, doc));
  }

  /** Stores a new version of the scheme, checked against the trial's arms and factors. */
  public RandomizationScheme store(String trialCode, SchemeDocument doc) {
    caller.require(Capability.SET_UP);
    validation.require(doc);
    Trial trial = trials.find(trialCode);
    Optional<RandomizationScheme> previous = current(trial);
    String reason = null;
    if (trial.getStatus() != TrialStatus.DRAFT) {
      if (!Boolean.TRUE.equals(doc.amendment())) {
        throw new ConflictException("amendment", "scheme.frozen", trialCode, trial.getStatus());
      }
      reason = AuditTrail.requireReason(doc.reasonForChange());
    } else if (previous.isPresent()) {
      reason = AuditTrail.requireReason(doc.reasonForChange());
    }
    RandomizationMethod method = RandomizationMethod.valueOf(doc.method());
    requireFits(trial, method, doc);
    byte[] seed = previous.map(RandomizationScheme::seed).orElseGet(RandomizationSchemes::newSeed);
    RandomizationScheme scheme =
        new RandomizationScheme(
            trial,
            previous.map(s -> s.getSchemeVersion() + 1).orElse(1),
            method,
            orEmpty(doc.blockSizes()),
            orderedAsTrial(trial, orEmpty(doc.stratifyBy())),
            weights(doc),
            method == RandomizationMethod.MINIMIZATION
                ? (doc.imbalance() == null ? Minimization.Imbalance.RANGE.name() : doc.imbalance())
                : null,
            probability(method, doc.preferredArmProbability()),
            doc.stratumCap(),
            seed);
    scheme.recordCreation(caller.username(), Instant.now(clock), reason);
    em.persist(scheme);
    if (em.find(AllocationHead.class, trial.getId()) == null) {
      em.persist(new AllocationHead(trial.getId()));
    }
    if (previous.isPresent()) {
      trail.changed(scheme, previous.get().auditState(), reason);
    } else {
      trail.created(scheme);
    }
    return scheme;
  }

  private void requireFits(Trial trial, RandomizationMethod method, SchemeDocument doc) {
    List<FieldError> errors = new ArrayList<>();
    if (trial.getArms().size() < 2) {
      errors.add(validation.error("method", "scheme.arms.tooFew"));
    }
    int ratioSum = trial.getArms().stream().mapToInt(Arm::getRatio).sum();
    if (method == RandomizationMethod.PERMUTED_BLOCK) {
      if (orEmpty(doc.blockSizes()).isEmpty()) {
        errors.add(validation.error("blockSizes", "scheme.blockSizes.required"));
      }
      List<Integer> sizes = orEmpty(doc.blockSizes());
      for (int i = 0; i < sizes.size(); i++) {
        // Without arms there is no ratio to divide by; "too few arms" has already been said.
        if (sizes.get(i) != null
            && ratioSum > 0
            && (sizes.get(i) % ratioSum != 0 || sizes.get(i) > 100)) {
          errors.add(
              validation.error(
                  "blockSizes[" + i + "]", "scheme.blockSizes.multiple", sizes.get(i), ratioSum));
        }
      }
    }
    Set<String> seen = new HashSet<>();
    List<String> stratifyBy = orEmpty(doc.stratifyBy());
    for (int i = 0; i < stratifyBy.size(); i++) {
      String code = stratifyBy.get(i);
      if (!isFactor(trial, code)) {
        errors.add(validation.error("stratifyBy[" + i + "]", "scheme.factor.unknown", code));
      } else if (!seen.add(code)) {
        errors.add(validation.error("stratifyBy[" + i + "]", "scheme.factor.repeated", code));
      }
    }
    if (method == RandomizationMethod.MINIMIZATION) {
      List<SchemeDocument.FactorWeight> factors = orEmpty(doc.minimizationFactors());
      if (factors.isEmpty()) {
        errors.add(validation.error("minimizationFactors", "scheme.minimization.required"));
      }
      if (!stratifyBy.isEmpty()) {
        errors.add(validation.error("stratifyBy", "scheme.minimization.noStrata"));
      }
      Set<String> counted = new HashSet<>();
      for (int i = 0; i < factors.size(); i++) {
        String code = factors.get(i).factor();
        String field = "minimizationFactors[" + i + "].factor";
        if (!isFactor(trial, code)) {
          errors.add(validation.error(field, "scheme.factor.unknown", code));
        } else if (!counted.add(code)) {
          // Site, like any factor, is counted once.
          errors.add(validation.error(field, "scheme.factor.repeated", code));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
  }

  private static boolean isFactor(Trial trial, String code) {
    return trial.getFactors().stream().anyMatch(f -> f.getCode().equals(code));
  }

  private static List<String> orderedAsTrial(Trial trial, List<String> codes) {
    return trial.getFactors().stream()
        .map(StratificationFactor::getCode)
        .filter(codes::contains)
        .toList();
  }

  private static Map<String, Double> weights(SchemeDocument doc) {
    Map<String, Double> weights = new LinkedHashMap<>();
    for (SchemeDocument.FactorWeight f : orEmpty(doc.minimizationFactors())) {
      weights.put(f.factor(), f.weight() == null ? 1.0 : f.weight().doubleValue());
    }
    return weights;
  }

  private static BigDecimal probability(RandomizationMethod method, BigDecimal given) {
    return switch (method) {
      case MINIMIZATION -> given == null ? DEFAULT_MINIMIZATION_P : given;
      case BIASED_COIN -> given == null ? DEFAULT_COIN_P : given;
      default -> null;
    };
  }

  /** A new secret seed from the platform's strong random source. */
  public static byte[] newSeed() {
    byte[] seed = new byte[32];
    new SecureRandom().nextBytes(seed);
    return seed;
  }

  /** The scheme as the algorithms need it. */
  public static SchemeRules rules(RandomizationScheme scheme) {
    return new SchemeRules(
        scheme.getMethod().name(),
        scheme.blockSizes(),
        scheme.minimizationFactors(),
        scheme.getImbalance() == null
            ? Minimization.Imbalance.RANGE
            : Minimization.Imbalance.valueOf(scheme.getImbalance()),
        scheme.getPreferredArmProbability() == null
            ? 1.0
            : scheme.getPreferredArmProbability().doubleValue());
  }

  public static SchemeDocument document(RandomizationScheme scheme) {
    return new SchemeDocument(
        scheme.getMethod().name(),
        scheme.blockSizes(),
        scheme.stratifyBy(),
        scheme.minimizationFactors().entrySet().stream()
            .map(e -> new SchemeDocument.FactorWeight(e.getKey(), BigDecimal.valueOf(e.getValue())))
            .toList(),
        scheme.getImbalance(),
        scheme.getPreferredArmProbability(),
        scheme.getStratumCap(),
        scheme.getSchemeVersion(),
        scheme.getCreatedAt(),
        scheme.getCreatedBy(),
        null,
        null);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
