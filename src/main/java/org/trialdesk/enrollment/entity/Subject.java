package org.trialdesk.enrollment.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.trialdesk.audit.entity.Auditable;
import org.trialdesk.platform.error.ConflictException;
import org.trialdesk.site.entity.Site;
import org.trialdesk.trial.entity.Trial;

/**
 * A person screened for a trial at a site, known only by a generated subject ID (e.g. {@code
 * OSK-007}), a screening number, initials, year of birth and sex: no direct identifiers.
 */
@Entity
public class Subject implements Serializable, Auditable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "trial_id", updatable = false)
  private Trial trial;

  @ManyToOne(optional = false)
  @JoinColumn(name = "site_id", updatable = false)
  private Site site;

  @Column(name = "subject_code", updatable = false)
  private String subjectId;

  @Column(name = "screening_number")
  private String screeningNumber;

  private String initials;

  @Column(name = "birth_year")
  private Integer birthYear;

  @Enumerated(EnumType.STRING)
  private Sex sex;

  @Enumerated(EnumType.STRING)
  private SubjectStatus status = SubjectStatus.SCREENING;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "screen_failure_reason")
  private String screenFailureReason;

  @Column(name = "consent_version")
  private String consentVersion;

  @Column(name = "consent_signed_on")
  private LocalDate consentSignedOn;

  private boolean imported;

  @Column(name = "registered_at", updatable = false)
  private Instant registeredAt;

  @Column(name = "registered_by", updatable = false)
  private String registeredBy;

  @ElementCollection
  @CollectionTable(name = "subject_eligibility", joinColumns = @JoinColumn(name = "subject_id"))
  private List<EligibilityAnswer> eligibility = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "subject_factor", joinColumns = @JoinColumn(name = "subject_id"))
  @MapKeyColumn(name = "factor_code")
  @Column(name = "level_code")
  private Map<String, String> factors = new TreeMap<>();

  protected Subject() {}

  public Subject(
      Trial trial,
      Site site,
      String subjectId,
      String screeningNumber,
      String initials,
      Integer birthYear,
      Sex sex,
      String registeredBy,
      Instant registeredAt) {
    this.trial = trial;
    this.site = site;
    this.subjectId = subjectId;
    this.screeningNumber = screeningNumber;
    this.initials = initials;
    this.birthYear = birthYear;
    this.sex = sex;
    this.registeredBy = registeredBy;
    this.registeredAt = registeredAt;
  }

  /** A subject brought over from another system with its allocation, known by its ID only. */
  public static Subject imported(Trial trial, Site site, String subjectId, String by, Instant at) {
    // A screening number of its own kind, so it never collides with one typed at the site.
    Subject subject =
        new Subject(trial, site, subjectId, "(import) " + subjectId, null, null, null, by, at);
    subject.imported = true;
    subject.status = SubjectStatus.RANDOMIZED;
    return subject;
  }

  public void answer(EligibilityAnswer answer) {
    eligibility.removeIf(a -> a.getCriterionCode().equals(answer.getCriterionCode()));
    eligibility.add(answer);
  }

  public void consent(String version, LocalDate signedOn) {
    this.consentVersion = version;
    this.consentSignedOn = signedOn;
  }

  public void setFactor(String factorCode, String levelCode) {
    factors.put(factorCode, levelCode);
  }

  /** Screening ends in failure: the reason feeds the CONSORT diagram. */
  public void failScreening(String reason) {
    status = SubjectStatus.SCREEN_FAILED;
    screenFailureReason = reason;
  }

  public void randomized() {
    if (status != SubjectStatus.SCREENING) {
      throw new ConflictException(null, "randomization.notScreening", subjectId, status);
    }
    status = SubjectStatus.RANDOMIZED;
  }

  /** A change of status made by a person, with the reason where the status needs one. */
  public void changeStatus(SubjectStatus next, String reason) {
    if (!status.canChangeTo(next)) {
      throw new ConflictException("status", "subject.status.illegalTransition", status, next);
    }
    if (next == SubjectStatus.SCREEN_FAILED) {
      screenFailureReason = reason;
    }
    status = next;
    statusReason = reason;
  }

  @Override
  public String auditType() {
    return "Subject";
  }

  @Override
  public String auditKey() {
    return trial.getCode() + "/subjects/" + subjectId;
  }

  @Override
  public String auditSite() {
    return site.getCode();
  }

  @Override
  public Map<String, String> auditState() {
    Map<String, String> state = new LinkedHashMap<>();
    state.put("screeningNumber", screeningNumber);
    state.put("initials", initials);
    state.put("birthYear", String.valueOf(birthYear));
    state.put("sex", String.valueOf(sex));
    state.put("status", String.valueOf(status));
    state.put("statusReason", statusReason);
    state.put("screenFailureReason", screenFailureReason);
    state.put("consentVersion", consentVersion);
    state.put("consentSignedOn", consentSignedOn == null ? null : consentSignedOn.toString());
    state.put(
        "eligibility",
        eligibility.stream()
            .sorted(java.util.Comparator.comparing(EligibilityAnswer::getCriterionCode))
            .map(a -> a.getCriterionCode() + "=" + (a.isMet() ? "yes" : "no"))
            .collect(Collectors.joining(", ")));
    state.put("factors", factorValues());
    return state;
  }

  /** The factor levels as one stable text, e.g. {@code metastases=1;resectability=RESECTED}. */
  public String factorValues() {
    return new TreeMap<>(factors)
        .entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(";"));
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Trial getTrial() {
    return trial;
  }

  public Site getSite() {
    return site;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public String getScreeningNumber() {
    return screeningNumber;
  }

  public String getInitials() {
    return initials;
  }

  public Integer getBirthYear() {
    return birthYear;
  }

  public Sex getSex() {
    return sex;
  }

  public SubjectStatus getStatus() {
    return status;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public String getScreenFailureReason() {
    return screenFailureReason;
  }

  public String getConsentVersion() {
    return consentVersion;
  }

  public LocalDate getConsentSignedOn() {
    return consentSignedOn;
  }

  public boolean isImported() {
    return imported;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public List<EligibilityAnswer> getEligibility() {
    return eligibility;
  }

  public Map<String, String> getFactors() {
    return factors;
  }
}
