package org.trialdesk.audit.boundary;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.trialdesk.audit.entity.AuditRecord;

/** What the audit viewer narrows the trail to; empty fields do not narrow. */
public record AuditFilter(
    String username, String entityType, String entityKey, String siteCode, Instant from, Instant to)
    implements Serializable {

  public static AuditFilter everything() {
    return new AuditFilter(null, null, null, null, null, null);
  }

  List<Predicate> predicates(CriteriaBuilder cb, Root<AuditRecord> root) {
    List<Predicate> predicates = new ArrayList<>();
    if (present(username)) {
      predicates.add(cb.equal(root.get("username"), username.trim()));
    }
    if (present(entityType)) {
      predicates.add(cb.equal(root.get("entityType"), entityType.trim()));
    }
    if (present(entityKey)) {
      predicates.add(keyOrBelow(cb, root, entityKey.trim()));
    }
    if (present(siteCode)) {
      predicates.add(cb.equal(root.get("siteCode"), siteCode.trim()));
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

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
