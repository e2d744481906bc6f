package org.trialdesk.randomization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/** How many subjects a stratum holds and where it stands in its current permuted block. */
@Entity
@Table(name = "stratum_state")
public class StratumState implements Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "trial_id")
  private Long trialId;

  private String stratum;

  private int allocated;

  @Column(name = "block_number")
  private int blockNumber;

  @Column(name = "block_size")
  private int blockSize;

  @Column(name = "block_filled")
  private int blockFilled;

  protected StratumState() {}

  public StratumState(Long trialId, String stratum) {
    this.trialId = trialId;
    this.stratum = stratum;
  }

  /** Takes the next place of the stratum and records the block state after it. */
  public int take(int number, int size, int filled) {
    blockNumber = number;
    blockSize = size;
    blockFilled = filled;
    return ++allocated;
  }

  public String getStratum() {
    return stratum;
  }

  public int getAllocated() {
    return allocated;
  }

  public int getBlockNumber() {
    return blockNumber;
  }

  public int getBlockSize() {
    return blockSize;
  }

  public int getBlockFilled() {
    return blockFilled;
  }
}
