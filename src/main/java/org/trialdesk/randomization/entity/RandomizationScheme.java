package org.trialdesk.randomization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trialdesk.audit.entity.Auditable;
import org.trialdesk.trial.entity.RandomizationMethod;
import org.trialdesk.trial.entity.Trial;

/**
 * One version of a trial's randomization scheme. Versions are never changed once stored: while the
 * trial is a draft a new configuration replaces version 1, afterwards an amendment adds the next
 * version, and every allocation names the version it was made under. The secret seed stays the same
 * for all versions of a trial and is never shown.
 */
@Entity
@Table(name = "randomization_scheme")
public class RandomizationScheme implements Serializable, Auditable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "trial_id", updatable = false)
  private Trial trial;

  @Column(name = "scheme_version")
  private int schemeVersion;

  @Enumerated(EnumType.STRING)
  private RandomizationMethod method;

  /** Comma-separated, e.g. {@code 4,6}. */
  @Column(name = "block_sizes")
  @Convert(converter = SchemeLists.BlockSizesText.class)
  private SchemeLists.BlockSizes blockSizes;

  /** Factor codes, comma-separated, in the trial's factor order. */
  @Column(name = "stratify_by")
  @Convert(converter = SchemeLists.FactorCodesText.class)
  private SchemeLists.FactorCodes stratifyBy;

  /** {@code factor:weight} pairs, comma-separated. */
  @Column(name = "minimization_factors")
  @Convert(converter = SchemeLists.FactorWeightsText.class)
  private SchemeLists.FactorWeights minimizationFactors;

  private String imbalance;

  @Column(name = "preferred_arm_probability")
  private BigDecimal preferredArmProbability;

  @Column(name = "stratum_cap")
  private Integer stratumCap;

  private String seed;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  private String reason;

  protected RandomizationScheme() {}

  public RandomizationScheme(
      Trial trial,
      int schemeVersion,
      RandomizationMethod method,
      List<Integer> blockSizes,
      List<String> stratifyBy,
      Map<String, Double> minimizationFactors,
      String imbalance,
      BigDecimal preferredArmProbability,
      Integer stratumCap,
      byte[] seed) {
    this.trial = trial;
    this.schemeVersion = schemeVersion;
    this.method = method;
    this.blockSizes = new SchemeLists.BlockSizes(blockSizes);
    this.stratifyBy = new SchemeLists.FactorCodes(stratifyBy);
    this.minimizationFactors = new SchemeLists.FactorWeights(minimizationFactors);
    this.imbalance = imbalance;
    this.preferredArmProbability = preferredArmProbability;
    this.stratumCap = stratumCap;
    this.seed = Base64.getEncoder().encodeToString(seed);
  }

  public void recordCreation(String by, Instant at, String why) {
    this.createdBy = by;
    this.createdAt = at;
    this.reason = why;
  }

  public List<Integer> blockSizes() {
    return blockSizes.sizes();
  }

  public List<String> stratifyBy() {
    return stratifyBy.codes();
  }

  public Map<String, Double> minimizationFactors() {
    return minimizationFactors.weights();
  }

  public byte[] seed() {
    return Base64.getDecoder().decode(seed);
  }

  @Override
  public String auditType() {
    return "RandomizationScheme";
  }

  @Override
  public String auditKey() {
    // Not under the trial's own key: the trial's history is shown to site staff, the scheme never.
    return "randomization/" + trial.getCode();
  }

  @Override
  public Map<String, String> auditState() {
    Map<String, String> state = new LinkedHashMap<>();
    state.put("version", String.valueOf(schemeVersion));
    state.put("method", String.valueOf(method));
    state.put("blockSizes", blockSizes.text());
    state.put("stratifyBy", stratifyBy.text());
    state.put("minimizationFactors", minimizationFactors.text());
    state.put("imbalance", imbalance);
    state.put(
        "preferredArmProbability",
        preferredArmProbability == null ? null : preferredArmProbability.toPlainString());
    state.put("stratumCap", stratumCap == null ? null : stratumCap.toString());
    return state;
  }

  public Long getId() {
    return id;
  }

  public Trial getTrial() {
    return trial;
  }

  public int getSchemeVersion() {
    return schemeVersion;
  }

  public RandomizationMethod getMethod() {
    return method;
  }

  public String getImbalance() {
    return imbalance;
  }

  public BigDecimal getPreferredArmProbability() {
    return preferredArmProbability;
  }

  public Integer getStratumCap() {
    return stratumCap;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public String getReason() {
    return reason;
  }
}
