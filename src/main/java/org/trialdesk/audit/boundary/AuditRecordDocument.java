package org.trialdesk.audit.boundary;

import java.time.Instant;
import java.util.Locale;
import org.trialdesk.audit.entity.AuditRecord;
import org.trialdesk.platform.i18n.GeneratedText;

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

  /** A record for {@code reader}: text TrialDesk wrote itself reads in the reader's language. */
  static AuditRecordDocument of(AuditRecord r, Locale reader) {
    return new AuditRecordDocument(
        r.getId(),
        r.getAt(),
        r.getUsername(),
        r.getAction().name(),
        r.getEntityType(),
        r.getEntityKey(),
        r.getSiteCode(),
        r.getField(),
        GeneratedText.read(r.getOldValue(), reader),
        GeneratedText.read(r.getNewValue(), reader),
        GeneratedText.read(r.getReason(), reader));
  }
}
