package org.trialdesk.enrollment.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.trialdesk.enrollment.entity.Sex;
import org.trialdesk.platform.validation.EnumName;

/**
 * A subject registered in one call (docs/api.md): screening data, the eligibility answers
 * (criterion code → met), the informed consent and the stratification factor levels. Answers,
 * consent and factors may be left out while screening goes on; randomization needs all of them.
 */
public record EnrollmentDocument(
    @NotBlank String siteCode,
    @NotBlank @Size(max = 40) String screeningNumber,
    @NotBlank
        @Pattern(regexp = "[A-Z]{1,4}", message = "{org.trialdesk.validation.Initials.message}")
        String initials,
    @NotNull @Min(1900) @Max(2100) Integer birthYear,
    @NotNull @EnumName(Sex.class) String sex,
    Map<String, Boolean> eligibility,
    @Valid ConsentDocument consent,
    Map<String, String> factors,
    @Size(max = 700) String screenFailureReason) {

  /** Informed consent: the form's version and the date the subject signed it. */
  public record ConsentDocument(
      @NotBlank @Size(max = 40) String version, @NotNull LocalDate signedOn) {}
}
