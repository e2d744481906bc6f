package org.trialdesk.audit.entity;

import java.util.Map;

/**
 * A record whose changes are audited: its kind, its key as users know it (e.g. {@code
 * IL2-HAI/arms/IL2}), the site it belongs to, and its audited fields as text.
 */
public interface Auditable {

  String auditType();

  String auditKey();

  /**
   * The site the record belongs to, for site-scoped viewing; {@code null} for trial-wide records.
   */
  default String auditSite() {
    return null;
  }

  /** Field name → value as text, in a stable order; what the trail compares before and after. */
  Map<String, String> auditState();
}
