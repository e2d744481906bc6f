package org.trialdesk.audit.boundary;

import java.time.Instant;
import org.trialdesk.audit.entity.AuditRecord;

/** One line of the audit trail in the API. */
public record AuditRecordDocument(
    long id,
    Instant at,
    String username,
    String action,
    String entityType,
    String entityKey,
    String siteCode,
    String field,
    String oldValue,
    String newValue,
    String reason) {

  static AuditRecordDocument of(AuditRecord r) {
    return new AuditRecordDocument(
        r.getId(),
        r.getAt(),
        r.getUsername(),
        r.getAction().name(),
        r.getEntityType(),
        r.getEntityKey(),
        r.getSiteCode(),
        r.getField(),
        r.getOldValue(),
        r.getNewValue(),
        r.getReason());
  }
}
