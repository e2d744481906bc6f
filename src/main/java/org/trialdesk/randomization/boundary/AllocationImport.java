package org.trialdesk.randomization.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.audit.entity.AuditAction;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.platform.error.ConflictException;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.i18n.GeneratedText;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.validation.ConstraintCheck;
import org.trialdesk.randomization.control.HistoricalAllocations;
import org.trialdesk.randomization.control.TreatmentCodes;
import org.trialdesk.randomization.entity.Allocation;
import org.trialdesk.randomization.entity.AllocationHead;
import org.trialdesk.randomization.entity.FactorLevels;
import org.trialdesk.randomization.entity.RandomizationScheme;
import org.trialdesk.randomization.entity.Stratum;
import org.trialdesk.randomization.entity.StratumState;
import org.trialdesk.security.boundary.CurrentUser;
import org.trialdesk.site.boundary.ParticipationService;
import org.trialdesk.site.entity.TrialParticipation;
import org.trialdesk.trial.boundary.TrialService;
import org.trialdesk.trial.entity.FactorLevel;
import org.trialdesk.trial.entity.StratificationFactor;
import org.trialdesk.trial.entity.Trial;

/**
 * Imports the allocations a trial made before it came to TrialDesk, all or nothing, appended to the
 * chain in date order as imported records. They count towards caps, balance and minimization;
 * permuted blocks start a fresh block after them, as the earlier system's block boundaries are not
 * known. Only before the first allocation made here.
 */
@ApplicationScoped
@Transactional
public class AllocationImport {

  @PersistenceContext EntityManager em;
  @Inject TrialService trials;
  @Inject ParticipationService participations;
  @Inject RandomizationSchemes schemes;
  @Inject AllocationAppender appender;
  @Inject ConstraintCheck validation;
  @Inject CurrentUser caller;
  @Inject AuditTrail trail;
  @Inject Clock clock;

  /** Rows imported between two writes of what the persistence context holds. */
  static final int WRITTEN_EVERY = 500;

  /** Imports the file and returns the number of allocations imported. */
  public int importCsv(String trialCode, String csv) {
    caller.require(Capability.SET_UP);
    Trial trial = trials.find(trialCode);
    AllocationHead head =
        em.find(AllocationHead.class, trial.getId(), LockModeType.PESSIMISTIC_WRITE);
    RandomizationScheme scheme =
        schemes
            .current(trial)
            .orElseThrow(() -> new ConflictException(null, "randomization.noScheme", trialCode));
    long live =
        em.createQuery(
                "select count(a) from Allocation a where a.trialId = :trial and a.imported = false",
                Long.class)
            .setParameter("trial", trial.getId())
            .getSingleResult();
    if (live > 0) {
      throw new ConflictException(null, "import.afterLive", trialCode);
    }
    Map<String, TrialParticipation> sites =
        participations.ofTrial(trialCode).stream()
            .collect(Collectors.toMap(p -> p.getSite().getCode(), p -> p));
    HistoricalAllocations.Result result =
        HistoricalAllocations.read(
            new StringReader(csv == null ? "" : csv),
            new HistoricalAllocations.Expectations(
                factorLevels(trial),
                trial.getArms().stream().map(a -> a.getCode()).collect(Collectors.toSet()),
                sites.keySet(),
                existingSubjects(trial),
                LocalDate.now(clock)));
    if (!result.problems().isEmpty()) {
      throw new InvalidFieldsException(
          result.problems().stream()
              .map(
                  p ->
                      validation.error(
                          "lines[" + p.line() + "]" + (p.column() == null ? "" : "." + p.column()),
                          p.key(),
                          p.arguments().toArray()))
              .toList());
    }
    List<HistoricalAllocations.Row> rows =
        result.rows().stream()
            .sorted(
                Comparator.comparing(HistoricalAllocations.Row::randomizedOn)
                    .thenComparing(HistoricalAllocations.Row::line))
            .toList();
    Map<String, StratumState> strata = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      HistoricalAllocations.Row row = rows.get(i);
      append(trial, head, scheme, sites.get(row.siteCode()), row, strata);
      if (i % WRITTEN_EVERY == WRITTEN_EVERY - 1) {
        // Written and let go of: the persistence context checks every entity it holds before
        // each query and at commit, so keeping them all made the import quadratic (and a large
        // one would not fit in memory). The head's row lock stays with the transaction.
        em.flush();
        em.clear();
        strata.clear();
        trial = trials.find(trialCode);
        head = em.find(AllocationHead.class, trial.getId(), LockModeType.PESSIMISTIC_WRITE);
        scheme = em.find(RandomizationScheme.class, scheme.getId());
        sites =
            participations.ofTrial(trialCode).stream()
                .collect(Collectors.toMap(p -> p.getSite().getCode(), p -> p));
      }
    }
    trail.event(AuditAction.IMPORT, trial, GeneratedText.of("import.done", rows.size()));
    return rows.size();
  }

  private void append(
      Trial trial,
      AllocationHead head,
      RandomizationScheme scheme,
      TrialParticipation participation,
      HistoricalAllocations.Row row,
      Map<String, StratumState> strata) {
    var at = row.randomizedOn().atStartOfDay().toInstant(ZoneOffset.UTC);
    Subject subject =
        Subject.imported(trial, participation.getSite(), row.subjectId(), caller.username(), at);
    Map<String, String> levels = new TreeMap<>(row.levels());
    if (trial.getFactors().stream().anyMatch(StratificationFactor::isSite)) {
      levels.put(StratificationFactor.SITE, row.siteCode());
    }
    levels.forEach(subject::setFactor);
    em.persist(subject);
    reserveNumber(participation, row.subjectId());
    Stratum stratumKey = Stratum.of(scheme.stratifyBy(), levels);
    StratumState stratum =
        strata.computeIfAbsent(stratumKey.key(), key -> appender.stratumState(trial.getId(), key));
    int stratumSequence =
        stratum.take(stratum.getBlockNumber(), stratum.getBlockSize(), stratum.getBlockSize());
    long sequence = appender.nextSequence(head);
    appender.append(
        head,
        sequence,
        new Allocation.Facts(
            new Allocation.Assignee(subject.getId(), row.subjectId(), row.siteCode()),
            new Allocation.Place(
                stratumKey, FactorLevels.of(subject.getFactors()), stratumSequence),
            row.arm(),
            TreatmentCodes.of(scheme.seed(), sequence),
            new Allocation.Method("IMPORT", 1, scheme.getSchemeVersion()),
            Allocation.BlockPlace.NONE,
            Allocation.Working.NONE,
            true),
        at,
        caller.username());
    trail.created(subject);
  }

  /** An imported {@code OSK-012} keeps the site's own numbering from handing out 012 again. */
  private static void reserveNumber(TrialParticipation participation, String subjectId) {
    Matcher m = HistoricalAllocations.GENERATED_ID.matcher(subjectId);
    if (m.matches() && m.group(1).equals(participation.getSite().getCode())) {
      participation.reserveSubjectNumbersUpTo(Integer.parseInt(m.group(2)));
    }
  }

  private static Map<String, Set<String>> factorLevels(Trial trial) {
    Map<String, Set<String>> levels = new LinkedHashMap<>();
    for (StratificationFactor factor : trial.getFactors()) {
      if (!factor.isSite()) {
        levels.put(
            factor.getCode(),
            factor.getLevels().stream()
                .map(FactorLevel::getCode)
                .collect(Collectors.toCollection(java.util.TreeSet::new)));
      }
    }
    return levels;
  }

  private Set<String> existingSubjects(Trial trial) {
    return new HashSet<>(
        em.createQuery("select s.subjectId from Subject s where s.trial = :trial", String.class)
            .setParameter("trial", trial)
            .getResultList());
  }
}
