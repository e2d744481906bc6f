package org.trialdesk.randomization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * The head of a trial's allocation chain: the last sequence number and hash. Every randomization
 * and import of the trial locks this row first (SELECT … FOR UPDATE), which serializes them across
 * threads and server nodes; it also anchors the chain, so a deleted last record is detected.
 */
@Entity
@Table(name = "allocation_head")
public class AllocationHead implements Serializable {

  public static final String GENESIS = "0".repeat(64);

  @Id
  @Column(name = "trial_id")
  private Long trialId;

  @Column(name = "last_sequence")
  private long lastSequence;

  @Column(name = "last_hash")
  private String lastHash = GENESIS;

  protected AllocationHead() {}

  public AllocationHead(Long trialId) {
    this.trialId = trialId;
  }

  public void advance(long sequence, String hash) {
    this.lastSequence = sequence;
    this.lastHash = hash;
  }

  public Long getTrialId() {
    return trialId;
  }

  public long getLastSequence() {
    return lastSequence;
  }

  public String getLastHash() {
    return lastHash;
  }
}
