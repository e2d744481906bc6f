package org.trialdesk.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One line of the audit trail. Written once, never changed: every column is not updatable. */
@Entity
@Table(name = "audit_record")
public class AuditRecord implements Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(updatable = false)
  private Instant at;

  @Column(updatable = false)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private AuditAction action;

  @Column(name = "entity_type", updatable = false)
  private String entityType;

  @Column(name = "entity_key", updatable = false)
  private String entityKey;

  @Column(name = "site_code", updatable = false)
  private String siteCode;

  @Column(updatable = false)
  private String field;

  @Column(name = "old_value", updatable = false)
  private String oldValue;

  @Column(name = "new_value", updatable = false)
  private String newValue;

  @Column(updatable = false)
  private String reason;

  protected AuditRecord() {}

  public AuditRecord(
      Instant at,
      String username,
      AuditAction action,
      String entityType,
      String entityKey,
      String siteCode,
      String field,
      String oldValue,
      String newValue,
      String reason) {
    this.at = at;
    this.username = username;
    this.action = action;
    this.entityType = entityType;
    this.entityKey = entityKey;
    this.siteCode = siteCode;
    this.field = field;
    this.oldValue = oldValue;
    this.newValue = newValue;
    this.reason = reason;
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getUsername() {
    return username;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getEntityType() {
    return entityType;
  }

  public String getEntityKey() {
    return entityKey;
  }

  public String getSiteCode() {
    return siteCode;
  }

  public String getField() {
    return field;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }

  public String getReason() {
    return reason;
  }
}
