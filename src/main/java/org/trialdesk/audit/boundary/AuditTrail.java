package org.trialdesk.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import org.trialdesk.audit.entity.AuditAction;
import org.trialdesk.audit.entity.AuditRecord;
import org.trialdesk.audit.entity.Auditable;
import org.trialdesk.audit.entity.Voidable;
import org.trialdesk.platform.csv.SpreadsheetCsv;
import org.trialdesk.platform.error.ConflictException;
import org.trialdesk.platform.error.InvalidInputException;
import org.trialdesk.platform.i18n.CallerLocale;
import org.trialdesk.platform.persistence.PageRequest;
import org.trialdesk.platform.persistence.Pages;
import org.trialdesk.platform.security.Caller;
import org.trialdesk.platform.security.Capability;

/**
 * Writes the audit trail in the transaction of the change it describes, so a change and its trail
 * are stored together or not at all; and reads it for the audit viewer and the history panels.
 */
@ApplicationScoped
@Transactional
public class AuditTrail {

  static final String SYSTEM = "system";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Caller caller;
  @Inject CallerLocale callerLocale;

  /**
   * The most recent changes a record page shows of its history (also in audit-table.xhtml); the
   * audit viewer has them all, so a trial with thousands of subjects does not load its whole trail
   * on its page.
   */
  public static final int HISTORY_SHOWN = 100;

  /** The longest reason the trail stores. */
  public static final int MAX_REASON = 1000;

  /** A change after first entry needs a reason; this refuses one without, or one too long. */
  public static String requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reasonForChange", "reasonForChange.required");
    }
    // The trail's reason column holds this much; a longer text is refused, never cut.
    if (reason.trim().length() > MAX_REASON) {
      throw new InvalidInputException(
          "reasonForChange", "reasonForChange.tooLong", String.valueOf(MAX_REASON));
    }
    return reason.trim();
  }

  /** Records a new record's every field, as changed from nothing. */
  public void created(Auditable record) {
    Instant now = Instant.now(clock);
    record
        .auditState()
        .forEach(
            (field, value) -> {
              if (value != null) {
                write(now, AuditAction.CREATE, record, field, null, value, null);
              }
            });
  }

  /** Records every field whose value differs from {@code before}, with the reason given. */
  public void changed(Auditable record, Map<String, String> before, String reason) {
    Instant now = Instant.now(clock);
    record
        .auditState()
        .forEach(
            (field, value) -> {
              if (!Objects.equals(before.get(field), value)) {
                write(now, AuditAction.UPDATE, record, field, before.get(field), value, reason);
              }
            });
  }

  /**
   * Voids a record with a reason, recording the change and a VOID event; a record voided already is
   * refused with {@code alreadyVoidedKey}.
   */
  public void voided(Voidable record, String reason, String alreadyVoidedKey, Object... arguments) {
    if (record.isVoided()) {
      throw new ConflictException(null, alreadyVoidedKey, arguments);
    }
    String why = requireReason(reason);
    Map<String, String> before = record.auditState();
    record.voidWith(why);
    changed(record, before, why);
    event(AuditAction.VOID, record, why);
  }

  /** Records an event about a record that is not a change of it, such as a signature. */
  public void event(AuditAction action, Auditable record, String detail) {
    write(Instant.now(clock), action, record, null, null, detail, null);
  }

  /**
   * Records an event done by {@code username} before the request has a caller: the use of an API
   * token is recorded while the request is being authenticated.
   */
  public void eventBy(String username, AuditAction action, Auditable record, String detail) {
    em.persist(
        new AuditRecord(
            Instant.now(clock),
            username,
            action,
            record.auditType(),
            record.auditKey(),
            record.auditSite(),
            null,
            null,
            detail,
            null));
  }

  void loginEvent(@Observes LoginEvent event) {
    em.persist(
        new AuditRecord(
            Instant.now(clock),
            event.username() == null ? "" : event.username(),
            AuditAction.valueOf(event.kind().name()),
            "Account",
            event.username(),
            null,
            null,
            null,
            event.address(),
            null));
  }

  private void write(
      Instant at,
      AuditAction action,
      Auditable record,
      String field,
      String oldValue,
      String newValue,
      String reason) {
    em.persist(
        new AuditRecord(
            at,
            caller(),
            action,
            record.auditType(),
            record.auditKey(),
            record.auditSite(),
            field,
            oldValue,
            newValue,
            reason));
  }

  private String caller() {
    try {
      String account = caller.accountName();
      return account == null ? SYSTEM : account;
    } catch (ContextNotActiveException startUp) {
      // Work done when the application starts (demo data, the starter dictionary) has no request.
      return SYSTEM;
    }
  }

  /**
   * Types of record only the sponsor's side reads. What the sponsor submitted to the authorities
   * can tell a site the arm (sponsors often report only SUSARs on the investigational product), and
   * the randomization scheme's block sizes and strata help a site guess the next assignment.
   */
  static final Set<String> SPONSOR_ONLY = Set.of("ExpeditedReport", "RandomizationScheme");

  /** For monitors and administrators only. */
  public long count(AuditFilter filter) {
    caller.require(Capability.READ_AUDIT_TRAIL);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<AuditRecord> root = query.from(AuditRecord.class);
    List<Predicate> where = filter.predicates(cb, root);
    where.addAll(visible(cb, root));
    query.select(cb.count(root)).where(where.toArray(Predicate[]::new));
    return em.createQuery(query).getSingleResult();
  }

  /** Newest first. */
  public List<AuditRecord> page(AuditFilter filter, int first, int size) {
    caller.require(Capability.READ_AUDIT_TRAIL);
    return select(filter::predicates, first, size);
  }

  /** The types of record in the trail the caller may read, for the viewer's list to pick from. */
  public List<String> recordTypes() {
    caller.require(Capability.READ_AUDIT_TRAIL);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<String> query = cb.createQuery(String.class);
    Root<AuditRecord> root = query.from(AuditRecord.class);
    query
        .select(root.get("entityType"))
        .distinct(true)
        .where(visible(cb, root).toArray(Predicate[]::new))
        .orderBy(cb.asc(root.get("entityType")));
    return em.createQuery(query).getResultList();
  }

  /** Every record the filter selects, newest first, as a CSV file of the API's documents. */
  public String csv(AuditFilter filter) {
    return SpreadsheetCsv.ofRecords(
        AuditRecordDocument.class,
        Pages.every(first -> page(filter, first, PageRequest.MAX_SIZE)).stream()
            .map(r -> AuditRecordDocument.of(r, callerLocale.get()))
            .toList());
  }

  /**
   * The latest {@link #HISTORY_SHOWN} changes of a record and of the records below it (a trial with
   * its arms and sites), newest first, as far as the caller may see ({@link #visible}).
   */
  public List<AuditRecord> history(Auditable record) {
    return select(
        (cb, root) ->
            new ArrayList<>(
                List.of(
                    cb.or(
                        cb.and(
                            cb.equal(root.get("entityType"), record.auditType()),
                            cb.equal(root.get("entityKey"), record.auditKey())),
                        AuditFilter.keyOrBelow(cb, root, record.auditKey())))),
        0,
        HISTORY_SHOWN);
  }

  private List<AuditRecord> select(
      BiFunction<CriteriaBuilder, Root<AuditRecord>, List<Predicate>> narrowing,
      int first,
      int size) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditRecord> query = cb.createQuery(AuditRecord.class);
    Root<AuditRecord> root = query.from(AuditRecord.class);
    List<Predicate> where = narrowing.apply(cb, root);
    where.addAll(visible(cb, root));
    query
        .select(root)
        .where(where.toArray(Predicate[]::new))
        .orderBy(cb.desc(root.get("at")), cb.desc(root.get("id")));
    return em.createQuery(query).setFirstResult(first).setMaxResults(size).getResultList();
  }

  /**
   * The one rule of who reads which audit records, for the viewer, the API and every history panel:
   * site staff read only records of their own sites (or of no site) and none of the sponsor-only
   * types; the sponsor's side, monitors and statisticians read all.
   */
  private List<Predicate> visible(CriteriaBuilder cb, Root<AuditRecord> root) {
    List<Predicate> rules = new ArrayList<>();
    if (caller.siteScoped()) {
      rules.add(cb.not(root.get("entityType").in(SPONSOR_ONLY)));
      Set<String> own = caller.sites();
      rules.add(
          own.isEmpty()
              ? cb.isNull(root.get("siteCode"))
              : cb.or(cb.isNull(root.get("siteCode")), root.get("siteCode").in(own)));
    }
    return rules;
  }
}
