package org.trialdesk.randomization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record of the append-only allocation log: who was assigned to which arm, how and when, and
 * the hash over this content and the previous record's hash. Nothing in the product updates or
 * deletes these rows; {@link #content()} is what the hash covers.
 */
@Entity
@Table(name = "allocation")
public class Allocation implements Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "trial_id", updatable = false)
  private Long trialId;

  @Column(name = "sequence_number", updatable = false)
  private long sequence;

  @Column(name = "subject_id", updatable = false)
  private Long subjectKey;

  @Column(name = "subject_code", updatable = false)
  private String subjectId;

  @Column(name = "site_code", updatable = false)
  private String siteCode;

  @Column(updatable = false)
  private String stratum;

  @Column(name = "factor_values", updatable = false)
  @Convert(converter = FactorLevels.AsText.class)
  private FactorLevels factorValues;

  @Column(name = "stratum_sequence", updatable = false)
  private int stratumSequence;

  @Column(name = "arm_code", updatable = false)
  private String arm;

  @Column(name = "treatment_code", updatable = false)
  private String treatmentCode;

  @Column(updatable = false)
  private String algorithm;

  @Column(name = "algorithm_version", updatable = false)
  private int algorithmVersion;

  @Column(name = "scheme_version", updatable = false)
  private int schemeVersion;

  @Column(name = "block_number", updatable = false)
  private Integer blockNumber;

  @Column(name = "block_size", updatable = false)
  private Integer blockSize;

  @Column(name = "block_position", updatable = false)
  private Integer blockPosition;

  /** Per-arm scores of minimization or the biased coin, e.g. {@code IL2=1.0;CHEMO=3.0}. */
  @Column(updatable = false)
  private String scores;

  /** The random draw that decided between preferred and other arms, as exact text. */
  @Column(updatable = false)
  private String draw;

  @Column(updatable = false)
  private boolean imported;

  @Column(name = "randomized_at", updatable = false)
  private Instant randomizedAt;

  @Column(name = "randomized_by", updatable = false)
  private String randomizedBy;

  @Column(name = "previous_hash", updatable = false)
  private String previousHash;

  @Column(updatable = false)
  private String hash;

  protected Allocation() {}

  /**
   * The fields that say what was decided, grouped by what they describe; the chain fields are set
   * by {@link #chain}.
   */
  public record Facts(
      Assignee assignee,
      Place place,
      String arm,
      String treatmentCode,
      Method method,
      BlockPlace block,
      Working working,
      boolean imported) {}

  /** Who was allocated: the subject's row, its ID and its site. */
  public record Assignee(Long subjectKey, String subjectId, String siteCode) {}

  /** Where in the trial: the stratum, the subject's levels, and the place in the stratum. */
  public record Place(Stratum stratum, FactorLevels levels, int stratumSequence) {}

  /** How: the algorithm and its version, and the scheme's version. */
  public record Method(String algorithm, int algorithmVersion, int schemeVersion) {}

  /** The place in a permuted block; {@link #NONE} for the other methods. */
  public record BlockPlace(Integer number, Integer size, Integer position) {
    public static final BlockPlace NONE = new BlockPlace(null, null, null);
  }

  /**
   * The working of a dynamic method, as exact text: per-arm scores ({@code IL2=1.0;CHEMO=3.0}) and
   * the random draw; {@link #NONE} where there is none.
   */
  public record Working(String scores, String draw) {
    public static final Working NONE = new Working(null, null);
  }

  public Allocation(
      Long trialId, long sequence, Facts facts, Instant randomizedAt, String randomizedBy) {
    this.trialId = trialId;
    this.sequence = sequence;
    this.subjectKey = facts.assignee().subjectKey();
    this.subjectId = facts.assignee().subjectId();
    this.siteCode = facts.assignee().siteCode();
    this.stratum = facts.place().stratum().key();
    this.factorValues = facts.place().levels();
    this.stratumSequence = facts.place().stratumSequence();
    this.arm = facts.arm();
    this.treatmentCode = facts.treatmentCode();
    this.algorithm = facts.method().algorithm();
    this.algorithmVersion = facts.method().algorithmVersion();
    this.schemeVersion = facts.method().schemeVersion();
    this.blockNumber = facts.block().number();
    this.blockSize = facts.block().size();
    this.blockPosition = facts.block().position();
    this.scores = facts.working().scores();
    this.draw = facts.working().draw();
    this.imported = facts.imported();
    // The database keeps microseconds; the hash must cover exactly what is stored.
    this.randomizedAt = randomizedAt.truncatedTo(ChronoUnit.MICROS);
    this.randomizedBy = randomizedBy;
  }

  /** Links this record to the chain: the previous record's hash and this record's own. */
  public void chain(String previousHash, java.util.function.Function<Allocation, String> hasher) {
    this.previousHash = previousHash;
    this.hash = hasher.apply(this);
  }

  /** Everything the hash covers, in a fixed order, the previous hash included. */
  public Map<String, String> content() {
    Map<String, String> content = new LinkedHashMap<>();
    content.put("trial", String.valueOf(trialId));
    content.put("sequence", String.valueOf(sequence));
    content.put("subject", subjectId);
    content.put("site", siteCode);
    content.put("stratum", stratum);
    content.put("factors", factorValues.text());
    content.put("stratumSequence", String.valueOf(stratumSequence));
    content.put("arm", arm);
    content.put("treatmentCode", treatmentCode);
    content.put("algorithm", algorithm);
    content.put("algorithmVersion", String.valueOf(algorithmVersion));
    content.put("schemeVersion", String.valueOf(schemeVersion));
    content.put("blockNumber", String.valueOf(blockNumber));
    content.put("blockSize", String.valueOf(blockSize));
    content.put("blockPosition", String.valueOf(blockPosition));
    content.put("scores", scores);
    content.put("draw", draw);
    content.put("imported", String.valueOf(imported));
    content.put("randomizedAt", randomizedAt.toString());
    content.put("randomizedBy", randomizedBy);
    content.put("previousHash", previousHash);
    return content;
  }

  /** The factor levels as a map, parsed from their stored text. */
  public Map<String, String> levels() {
    return factorValues.levels();
  }

  public Long getId() {
    return id;
  }

  public Long getTrialId() {
    return trialId;
  }

  public long getSequence() {
    return sequence;
  }

  public Long getSubjectKey() {
    return subjectKey;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public String getSiteCode() {
    return siteCode;
  }

  public String getStratum() {
    return stratum;
  }

  public String getFactorValues() {
    return factorValues.text();
  }

  public int getStratumSequence() {
    return stratumSequence;
  }

  public String getArm() {
    return arm;
  }

  public String getTreatmentCode() {
    return treatmentCode;
  }

  public String getAlgorithm() {
    return algorithm;
  }

  public int getAlgorithmVersion() {
    return algorithmVersion;
  }

  public int getSchemeVersion() {
    return schemeVersion;
  }

  public Integer getBlockNumber() {
    return blockNumber;
  }

  public Integer getBlockSize() {
    return blockSize;
  }

  public Integer getBlockPosition() {
    return blockPosition;
  }

  public String getScores() {
    return scores;
  }

  public String getDraw() {
    return draw;
  }

  public boolean isImported() {
    return imported;
  }

  public Instant getRandomizedAt() {
    return randomizedAt;
  }

  public String getRandomizedBy() {
    return randomizedBy;
  }

  public String getPreviousHash() {
    return previousHash;
  }

  public String getHash() {
    return hash;
  }
}
