package org.trialdesk.enrollment.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.trialdesk.enrollment.entity.EligibilityAnswer;
import org.trialdesk.enrollment.entity.Subject;

/** A subject as the API shows it; the assignment is at {@code .../randomization}. */
public record SubjectDocument(
    String subjectId,
    String siteCode,
    String status,
    String statusReason,
    String screenFailureReason,
    String screeningNumber,
    String initials,
    Integer birthYear,
    String sex,
    Map<String, Boolean> eligibility,
    EnrollmentDocument.ConsentDocument consent,
    Map<String, String> factors,
    Instant registeredAt,
    String registeredBy) {

  /** The subject in the caller's language where TrialDesk words something itself. */
  public static SubjectDocument of(Subject s, Locale locale) {
    Map<String, Boolean> answers = new TreeMap<>();
    for (EligibilityAnswer a : s.getEligibility()) {
      answers.put(a.getCriterionCode(), a.isMet());
    }
    LocalDate signed = s.getConsentSignedOn();
    return new SubjectDocument(
        s.getSubjectId(),
        s.getSite().getCode(),
        s.getStatus().name(),
        s.getStatusReason(),
        ScreenFailureText.of(s, s.getTrial().getCriteria(), locale),
        s.getScreeningNumber(),
        s.getInitials(),
        s.getBirthYear(),
        s.getSex() == null ? null : s.getSex().name(),
        answers,
        signed == null
            ? null
            : new EnrollmentDocument.ConsentDocument(s.getConsentVersion(), signed),
        new TreeMap<>(s.getFactors()),
        s.getRegisteredAt(),
        s.getRegisteredBy());
  }
}
