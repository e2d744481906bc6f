package org.trialdesk.outcome.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import org.trialdesk.enrollment.boundary.EnrollmentService;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.outcome.entity.TumourAssessment;

/** A subject's assessments read as documents, with the best overall response. */
@ApplicationScoped
@Transactional
public class SubjectOutcome {

  @Inject EnrollmentService enrollment;
  @Inject Assessments assessments;

  /** The assessments and what they add up to ({@code bestResponse} null without a baseline). */
  public record Responses(
      List<AssessmentDocument> assessments,
      String bestResponse,
      BigDecimal bestChange,
      boolean confirmationRequired) {}

  public Responses responses(String trialCode, String subjectId) {
    Subject subject = enrollment.find(trialCode, subjectId);
    boolean confirm = subject.getTrial().isResponseConfirmation();
    AssessmentDocuments.Summary summary = AssessmentDocuments.of(assessments.all(subject), confirm);
    return new Responses(
        summary.assessments(),
        summary.measurable() ? summary.best().name() : null,
        summary.bestChange(),
        confirm);
  }

  /** One assessment as read in the context of the subject's others. */
  public AssessmentDocument document(String trialCode, String subjectId, TumourAssessment one) {
    return responses(trialCode, subjectId).assessments().stream()
        .filter(a -> a.id().equals(one.getId()))
        .findFirst()
        .orElseThrow();
  }
}
