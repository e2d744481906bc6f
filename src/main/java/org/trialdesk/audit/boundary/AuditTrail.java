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
import org.trialdesk.audit.entity.AuditAction;
import org.trialdesk.audit.entity.AuditRecord;
import org.trialdesk.audit.entity.Auditable;
import org.trialdesk.audit.entity.Voidable;
import org.trialdesk.platform.error.ConflictException;
import org.trialdesk.platform.error.InvalidInputException;
import org.trialdesk.security.boundary.CurrentUser;
import org.trialdesk.security.boundary.LoginEvent;
import org.trialdesk.security.entity.Role;

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
  @Inject CurrentUser caller;

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

  /** For monitors and administrators only. */
  public long count(AuditFilter filter) {
    caller.requireAny(Role.ADMINISTRATOR, Role.MONITOR);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<AuditRecord> root = query.from(AuditRecord.class);
    query.select(cb.count(root)).where(filter.predicates(cb, root).toArray(Predicate[]::new));
    return em.createQuery(query).getSingleResult();
  }

  /** Newest first. */
  public List<AuditRecord> page(AuditFilter filter, int first, int size) {
    caller.requireAny(Role.ADMINISTRATOR, Role.MONITOR);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditRecord> query = cb.createQuery(AuditRecord.class);
    Root<AuditRecord> root = query.from(AuditRecord.class);
    query
        .select(root)
        .where(filter.predicates(cb, root).toArray(Predicate[]::new))
        .orderBy(cb.desc(root.get("at")), cb.desc(root.get("id")));
    return em.createQuery(query).setFirstResult(first).setMaxResults(size).getResultList();
  }

  /**
   * The full history of a record and of the records below it (a trial with its arms and sites), as
   * far as the caller may see: another site's records are left out for site-scoped users.
   */
  public List<AuditRecord> history(Auditable record) {
    return historyOfAllSites(record.auditType(), record.auditKey()).stream()
        .filter(r -> r.getSiteCode() == null || caller.maySee(r.getSiteCode()))
        .toList();
  }

  private List<AuditRecord> historyOfAllSites(String entityType, String entityKey) {
    return new ArrayList<>(
        em.createQuery(
                "select r from AuditRecord r where (r.entityType = :type and r.entityKey = :key)"
                    + " or r.entityKey like :below order by r.at desc, r.id desc",
                AuditRecord.class)
            .setParameter("type", entityType)
            .setParameter("key", entityKey)
            .setParameter("below", entityKey + "/%")
            .getResultList());
  }
}
