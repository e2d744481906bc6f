package org.trialdesk.trial.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.trialdesk.audit.entity.Auditable;
import org.trialdesk.platform.error.ConflictException;
import org.trialdesk.platform.i18n.SupportedLocales;

/**
 * A randomized trial: its arms with their regimens, its stratification factors and its eligibility
 * criteria. The protocol code is its identity for users and scripts and never changes.
 */
@Entity
public class Trial implements Serializable, Auditable {

  public static final int DEFAULT_SAE_DEADLINE_HOURS = 24;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @NotBlank
  @Size(max = 40)
  @Pattern(regexp = Codes.PATTERN, message = "{org.trialdesk.validation.Code.message}")
  @Column(updatable = false)
  private String code;

  @NotBlank
  @Size(max = 300)
  private String title;

  /** The Japanese form; empty when not translated, and readers then see the English. */
  @Size(max = 300)
  @Column(name = "title_ja")
  private String titleJa;

  @NotNull
  @Enumerated(EnumType.STRING)
  private TrialPhase phase;

  @NotNull
  @Enumerated(EnumType.STRING)
  private TrialStatus status = TrialStatus.DRAFT;

  @NotNull
  @Positive
  @Max(1_000_000)
  @Column(name = "target_enrollment")
  private Integer targetEnrollment;

  private boolean blinded;

  /** Hours within which a site must report a serious adverse event to the sponsor. */
  @NotNull
  @Positive
  @Max(720)
  @Column(name = "sae_deadline_hours")
  private Integer saeDeadlineHours = DEFAULT_SAE_DEADLINE_HOURS;

  /** Whether a complete or partial response counts only once confirmed four weeks later. */
  @Column(name = "response_confirmation")
  private boolean responseConfirmation;

  @Valid
  @OneToMany(mappedBy = "trial", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderColumn(name = "position")
  private List<Arm> arms = new ArrayList<>();

  @Valid
  @OneToMany(mappedBy = "trial", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderColumn(name = "position")
  private List<StratificationFactor> factors = new ArrayList<>();

  @Valid
  @ElementCollection
  @CollectionTable(name = "eligibility_criterion", joinColumns = @JoinColumn(name = "trial_id"))
  @OrderColumn(name = "position")
  private List<EligibilityCriterion> criteria = new ArrayList<>();

  protected Trial() {}

  public Trial(String code, String title, TrialPhase phase, int targetEnrollment) {
    this.code = code;
    this.title = title;
    this.phase = phase;
    this.targetEnrollment = targetEnrollment;
  }

  /** A new trial for the editor, before its code is typed. */
  public static Trial blank() {
    return new Trial();
  }

  public Trial withArm(Arm arm) {
    arm.belongTo(this);
    arms.add(arm);
    return this;
  }

  public Trial withFactor(StratificationFactor factor) {
    factor.belongTo(this);
    factors.add(factor);
    return this;
  }

  public Trial withCriterion(EligibilityCriterion criterion) {
    criteria.add(criterion);
    return this;
  }

  public Optional<Arm> arm(String armCode) {
    return arms.stream().filter(a -> a.getCode().equals(armCode)).findFirst();
  }

  /** Moves the trial on in its lifecycle, refusing what the lifecycle does not allow. */
  public void changeStatus(TrialStatus next) {
    if (!status.canChangeTo(next)) {
      throw new ConflictException("status", "trial.status.illegalTransition", status, next);
    }
    status = next;
  }

  /**
   * Replaces the factors. A factor whose code stays keeps its identity (the database would
   * otherwise see the new row before the old one is gone and refuse the repeated code).
   */
  public void replaceFactors(List<StratificationFactor> replacement) {
    List<StratificationFactor> merged = new ArrayList<>();
    for (StratificationFactor wanted : replacement) {
      StratificationFactor kept =
          factors.stream()
              .filter(f -> f.getCode().equals(wanted.getCode()))
              .findFirst()
              .map(f -> f.copyOf(wanted))
              .orElse(wanted);
      kept.belongTo(this);
      merged.add(kept);
    }
    factors.clear();
    factors.addAll(merged);
  }

  public void replaceCriteria(List<EligibilityCriterion> replacement) {
    criteria.clear();
    criteria.addAll(replacement);
  }

  /** The name of arm {@code armCode} in the reader's language; the code if there is no such arm. */
  public String armName(String armCode, Locale reader) {
    return arms.stream()
        .filter(a -> a.getCode().equals(armCode))
        .map(a -> a.name(reader))
        .findFirst()
        .orElse(armCode);
  }

  @Override
  public String auditType() {
    return "Trial";
  }

  @Override
  public String auditKey() {
    return code;
  }

  @Override
  public Map<String, String> auditState() {
    return TrialAuditState.of(this);
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getCode() {
    return code;
  }

  /** Only a trial not yet stored may get its code. */
  public void setCode(String code) {
    if (id != null) {
      throw new IllegalStateException("The protocol code of a stored trial never changes");
    }
    this.code = code;
  }

  /** The title in the reader's language, falling back to English. */
  public String title(Locale reader) {
    return SupportedLocales.pick(reader, title, titleJa);
  }

  public String getTitleJa() {
    return titleJa;
  }

  public void setTitleJa(String titleJa) {
    this.titleJa = titleJa == null || titleJa.isBlank() ? null : titleJa.strip();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public TrialPhase getPhase() {
    return phase;
  }

  public void setPhase(TrialPhase phase) {
    this.phase = phase;
  }

  public TrialStatus getStatus() {
    return status;
  }

  public Integer getTargetEnrollment() {
    return targetEnrollment;
  }

  public void setTargetEnrollment(Integer targetEnrollment) {
    this.targetEnrollment = targetEnrollment;
  }

  public boolean isBlinded() {
    return blinded;
  }

  public boolean isResponseConfirmation() {
    return responseConfirmation;
  }

  public void setResponseConfirmation(boolean responseConfirmation) {
    this.responseConfirmation = responseConfirmation;
  }

  public void setBlinded(boolean blinded) {
    this.blinded = blinded;
  }

  public Integer getSaeDeadlineHours() {
    return saeDeadlineHours;
  }

  public void setSaeDeadlineHours(Integer saeDeadlineHours) {
    this.saeDeadlineHours = saeDeadlineHours;
  }

  public List<Arm> getArms() {
    return arms;
  }

  public List<StratificationFactor> getFactors() {
    return factors;
  }

  public List<EligibilityCriterion> getCriteria() {
    return criteria;
  }
}
