package org.trialdesk.audit.boundary;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trialdesk.audit.entity.AuditRecord;
import org.trialdesk.platform.error.InvalidInputException;

/**
 * What the audit viewer narrows the trail to; empty fields do not narrow. Names are matched as
 * people type them, whatever the case; a record is found by its full key ({@code
 * IL2-HAI/subjects/OSK-004}, with the records below it) or by any one part of it ({@code osk-004}).
 * A range that ends before it begins ({@code to} is exclusive) is refused rather than silently
 * empty.
 */
public record AuditFilter(
    String username, String entityType, String entityKey, String siteCode, Instant from, Instant to)
    implements Serializable {

  public AuditFilter {
    if (from != null && to != null && !from.isBefore(to)) {
      throw new InvalidInputException("to", "audit.range.reversed");
    }
  }

  public static AuditFilter everything() {
    return new AuditFilter(null, null, null, null, null, null);
  }

  List<Predicate> predicates(CriteriaBuilder cb, Root<AuditRecord> root) {
    List<Predicate> predicates = new ArrayList<>();
    if (present(username)) {
      predicates.add(sameText(cb, root.get("username"), username));
    }
    if (present(entityType)) {
      predicates.add(sameText(cb, root.get("entityType"), entityType));
    }
    if (present(entityKey)) {
      String key = entityKey.strip();
      predicates.add(keyAsTyped(cb, root, key));
    }
    if (present(siteCode)) {
      predicates.add(sameText(cb, root.get("siteCode"), siteCode));
    }
    if (from != null) {
      predicates.add(cb.greaterThanOrEqualTo(root.<Instant>get("at"), from));
    }
    if (to != null) {
      predicates.add(cb.lessThan(root.<Instant>get("at"), to));
    }
    return predicates;
  }

  /**
   * The record with this key and those below it ({@code key/...}), matched literally: a LIKE
   * pattern would read {@code _} and {@code %} in a code as wildcards, so {@code IL2_HAI} would
   * match {@code IL2-HAI}'s records. "Below" is the range from {@code key/} up to {@code key0},
   * since {@code 0} is the character after {@code /}: an index on the key serves a range, where it
   * could not serve a function of the column. That holds in code-point order, the collation H2
   * compares with and TrialDesk's PostgreSQL database is created with.
   */
  static Predicate keyOrBelow(CriteriaBuilder cb, Root<AuditRecord> root, String key) {
    Path<String> entityKey = root.get("entityKey");
    return cb.or(
        cb.equal(entityKey, key),
        cb.and(cb.greaterThanOrEqualTo(entityKey, key + "/"), cb.lessThan(entityKey, key + "0")));
  }

  private static Predicate sameText(CriteriaBuilder cb, Path<String> column, String typed) {
    return cb.equal(cb.lower(column), typed.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * Records as a person names them, whatever the case: by a full key ({@code
   * il2-hai/subjects/osk-004}) with the records below it, or by one {@code /}-separated part of the
   * key, so that a subject ID finds the subject and everything recorded under it. Matched
   * literally: {@code _} and {@code %} typed are escaped, never wildcards.
   */
  static Predicate keyAsTyped(CriteriaBuilder cb, Root<AuditRecord> root, String typed) {
    Expression<String> key = cb.lower(root.get("entityKey"));
    String lower = typed.toLowerCase(Locale.ROOT);
    String literal = lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    if (typed.contains("/")) {
      return cb.or(cb.equal(key, lower), cb.like(key, literal + "/%", '\\'));
    }
    return cb.or(
        cb.equal(key, lower),
        cb.like(key, literal + "/%", '\\'),
        cb.like(key, "%/" + literal, '\\'),
        cb.like(key, "%/" + literal + "/%", '\\'));
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
