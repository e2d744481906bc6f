package org.trialdesk.randomization.ui;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trialdesk.enrollment.boundary.EnrollmentDocument;
import org.trialdesk.enrollment.control.EligibilityCheck;
import org.trialdesk.trial.entity.EligibilityCriterion;

/**
 * What the enrollment wizard collects across its steps, each field checked by its step (the same
 * constraints as the API's document), and the document it becomes.
 */
public class EnrollmentForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank private String siteCode;

  @NotBlank
  @Size(max = 40)
  private String screeningNumber;

  @NotBlank
  @Pattern(regexp = "[A-Z]{1,4}", message = "{org.trialdesk.validation.Initials.message}")
  private String initials;

  @NotNull
  @Min(1900)
  @Max(2100)
  private Integer birthYear;

  @NotBlank private String sex;

  /** Criterion code → "yes" (met) or "no". */
  private final Map<String, String> answers = new LinkedHashMap<>();

  @NotBlank
  @Size(max = 40)
  private String consentVersion;

  @NotNull private LocalDate consentSignedOn;

  /** Factor code → level code. */
  private final Map<String, String> levels = new LinkedHashMap<>();

  /** The eligibility the answers given so far amount to. */
  EligibilityCheck.Outcome eligibility(List<EligibilityCriterion> criteria) {
    Map<String, Boolean> given = new HashMap<>();
    answers.forEach(
        (code, answer) -> {
          if (answer != null && !answer.isEmpty()) {
            given.put(code, "yes".equals(answer));
          }
        });
    return EligibilityCheck.of(criteria, given);
  }

  /** The registration; a screen failure carries neither consent nor factors. */
  EnrollmentDocument document(boolean screenFailure) {
    Map<String, Boolean> eligibility = new HashMap<>();
    answers.forEach((code, answer) -> eligibility.put(code, "yes".equals(answer)));
    return new EnrollmentDocument(
        siteCode,
        screeningNumber,
        initials,
        birthYear,
        sex,
        eligibility,
        screenFailure
            ? null
            : new EnrollmentDocument.ConsentDocument(consentVersion, consentSignedOn),
        screenFailure ? null : levels,
        null);
  }

  public String getSiteCode() {
    return siteCode;
  }

  public void setSiteCode(String siteCode) {
    this.siteCode = siteCode;
  }

  public String getScreeningNumber() {
    return screeningNumber;
  }

  public void setScreeningNumber(String screeningNumber) {
    this.screeningNumber = screeningNumber;
  }

  public String getInitials() {
    return initials;
  }

  public void setInitials(String initials) {
    this.initials = initials;
  }

  public Integer getBirthYear() {
    return birthYear;
  }

  public void setBirthYear(Integer birthYear) {
    this.birthYear = birthYear;
  }

  public String getSex() {
    return sex;
  }

  public void setSex(String sex) {
    this.sex = sex;
  }

  public Map<String, String> getAnswers() {
    return answers;
  }

  public String getConsentVersion() {
    return consentVersion;
  }

  public void setConsentVersion(String consentVersion) {
    this.consentVersion = consentVersion;
  }

  public LocalDate getConsentSignedOn() {
    return consentSignedOn;
  }

  public void setConsentSignedOn(LocalDate consentSignedOn) {
    this.consentSignedOn = consentSignedOn;
  }

  public Map<String, String> getLevels() {
    return levels;
  }
}
