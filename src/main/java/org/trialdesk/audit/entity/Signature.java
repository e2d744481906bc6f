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

/**
 * An electronic signature (21 CFR Part 11): who signed (printed name), when (UTC), with what
 * meaning, bound to a hash of the record's content at that moment. A later change of the record
 * changes its hash, and the signature then shows as invalidated. Never changed once written.
 */
@Entity
@Table(name = "signature")
public class Signature implements Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "entity_type", updatable = false)
  private String entityType;

  @Column(name = "entity_key", updatable = false)
  private String entityKey;

  @Column(name = "content_hash", updatable = false)
  private String contentHash;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private SignatureMeaning meaning;

  @Column(updatable = false)
  private String username;

  @Column(name = "printed_name", updatable = false)
  private String printedName;

  @Column(name = "signed_at", updatable = false)
  private Instant signedAt;

  protected Signature() {}

  public Signature(
      Auditable record,
      String contentHash,
      SignatureMeaning meaning,
      String username,
      String printedName,
      Instant signedAt) {
    this.entityType = record.auditType();
    this.entityKey = record.auditKey();
    this.contentHash = contentHash;
    this.meaning = meaning;
    this.username = username;
    this.printedName = printedName;
    this.signedAt = signedAt;
  }

  /** Whether the record still has the content that was signed. */
  public boolean validFor(String currentContentHash) {
    return contentHash.equals(currentContentHash);
  }

  public Long getId() {
    return id;
  }

  public String getEntityType() {
    return entityType;
  }

  public String getEntityKey() {
    return entityKey;
  }

  public String getContentHash() {
    return contentHash;
  }

  public SignatureMeaning getMeaning() {
    return meaning;
  }

  public String getUsername() {
    return username;
  }

  public String getPrintedName() {
    return printedName;
  }

  public Instant getSignedAt() {
    return signedAt;
  }
}
