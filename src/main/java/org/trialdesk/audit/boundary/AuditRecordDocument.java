package org.trialdesk.audit.boundary;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
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

  /** The CSV file's columns: the document's fields, in order. */
  static final List<String> COLUMNS =
      List.of(
          "id",
          "at",
          "username",
          "action",
          "entityType",
          "entityKey",
          "siteCode",
          "field",
          "oldValue",
          "newValue",
          "reason");

  List<?> cells() {
    return Arrays.asList(
        id,
        at.toString(),
        username,
        action,
        entityType,
        entityKey,
        siteCode,
        field,
        oldValue,
        newValue,
        reason);
  }

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
