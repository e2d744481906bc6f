package org.trialdesk.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.trialdesk.enrollment.boundary.EnrollmentDocument;
import org.trialdesk.enrollment.boundary.EnrollmentService;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.outcome.boundary.AssessmentDocument;
import org.trialdesk.outcome.boundary.Assessments;
import org.trialdesk.outcome.boundary.FollowUpDocument;
import org.trialdesk.outcome.boundary.FollowUps;
import org.trialdesk.platform.persistence.DatabaseReady;
import org.trialdesk.randomization.boundary.RandomizationService;
import org.trialdesk.randomization.boundary.SubjectRegimen;
import org.trialdesk.safety.boundary.AdverseEventDocument;
import org.trialdesk.safety.boundary.AdverseEventService;
import org.trialdesk.safety.entity.AdverseEvent;
import org.trialdesk.security.boundary.CurrentUser;
import org.trialdesk.security.entity.Account;
import org.trialdesk.treatment.boundary.AdministrationDocument;
import org.trialdesk.treatment.boundary.TreatmentService;
import org.trialdesk.trial.entity.AgentDose;

/**
 * Demo subjects of the demo trial, so that a coordinator finds patients to record events and doses
 * for: a few at Osaka and Kobe, enrolled and randomized on first start through the same services,
 * checks and allocation chain as the wizard, acting for the site's demo coordinator. One Osaka
 * patient has a serious, unexpected febrile neutropenia not yet reported to the sponsor, which
 * reaches the overdue list a day after start, and a dose reduced because of it.
 */
@ApplicationScoped
public class DemoSubjects {

  private static final Logger LOG = Logger.getLogger(DemoSubjects.class.getName());
  private static final String TRIAL = "IL2-HAI";
  private static final long FEVER = 10016558L;
  private static final long NAUSEA = 10028813L;
  private static final long DIARRHEA = 10012727L;
  private static final long FEBRILE_NEUTROPENIA = 10016288L;

  @Inject DemoData demoData;
  @Inject CurrentUser caller;
  @Inject RandomizationService randomization;
  @Inject EnrollmentService enrollment;
  @Inject Assessments assessments;
  @Inject FollowUps followUps;
  @Inject SubjectRegimen regimens;
  @Inject AdverseEventService adverseEvents;
  @Inject TreatmentService treatment;
  @Inject Clock clock;
  @Inject DemoSubjects self;
  @Inject DemoPilot pilot;

  /**
   * After the trial, the accounts and the starter dictionary (default priority) are in place. Demo
   * subjects are a convenience: should they fail, the server still starts, without them.
   */
  @ActivateRequestContext
  void enrollOnFirstStart(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 600) DatabaseReady ready) {
    if (!demoData.createdThisStart()) {
      return;
    }
    try {
      self.enrollAll();
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "Demo subjects not created", failed);
    }
  }

  /** All or none, in one transaction (through the proxy, so the interceptor applies). */
  @Transactional
  void enrollAll() {
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    LocalDate today = LocalDate.now(clock.withZone(tokyo));
    // The pilot phase first: an import is refused once a subject has been randomized here.
    pilot.create(today);
    try (CurrentUser.ActingFor osaka = actAsCoordinatorOf("OSK")) {
      Subject first = enroll("OSK", "S-0001", "TY", 1952, "M", "RESECTED", "1", today);
      fullDoses(first, today);
      report(first, FEVER, 2, today, List.of(), null, "RECOVERING", null);

      Subject second = enroll("OSK", "S-0002", "KM", 1948, "F", "UNRESECTABLE", "5-PLUS", today);
      // Two hours ago, but not before today began in Osaka: the onset is today.
      Instant aware =
          Collections.max(
              List.of(
                  Instant.now(clock).minus(Duration.ofHours(2)),
                  today.atStartOfDay(tokyo).toInstant()));
      AdverseEvent neutropenia =
          report(
              second,
              FEBRILE_NEUTROPENIA,
              3,
              today,
              List.of("HOSPITALIZATION"),
              false,
              "NOT_RECOVERED",
              aware);
      reducedDoseOfMitomycin(second, today, neutropenia);
      // Her baseline scan of a week ago, and today's contact.
      assessments.record(
          TRIAL,
          second.getSubjectId(),
          AssessmentDocument.written(
              today.minusDays(7),
              true,
              List.of(
                  AssessmentDocument.Lesion.of("LIVER", 42),
                  AssessmentDocument.Lesion.of("LIVER", 27)),
              List.of(AssessmentDocument.Lesion.of("LIVER", null)),
              null,
              false));
      followUps.record(
          TRIAL, second.getSubjectId(), FollowUpDocument.written(today, "ALIVE", null, null, null));

      Subject third = enroll("OSK", "S-0003", "HS", 1960, "M", "UNRESECTABLE", "2-4", today);
      report(third, NAUSEA, 1, today, List.of(), null, "RECOVERED", null);
      // Screened but not eligible: the reasons the CONSORT diagram and dashboard count.
      screenFailure("OSK", "SF-0001", "MO", 1949, "E1", today);
      screenFailure("OSK", "SF-0002", "YT", 1955, "E3", today);
    }
    try (CurrentUser.ActingFor kobe = actAsCoordinatorOf("KOB")) {
      Subject first = enroll("KOB", "K-0001", "AN", 1957, "F", "RESECTED", "2-4", today);
      fullDoses(first, today);
      report(first, DIARRHEA, 2, today, List.of(), null, "RECOVERING", null);
      enroll("KOB", "K-0002", "RI", 1965, "M", "UNRESECTABLE", "1", today);
      screenFailure("KOB", "SF-0003", "HK", 1958, "E1", today);
    }
    LOG.info(
        "Demo subjects created: three at OSK and two at KOB, randomized in IL2-HAI; three"
            + " screen failures");
  }

  CurrentUser.ActingFor actAsCoordinatorOf(String site) {
    return actAs("coordinator-" + site.toLowerCase());
  }

  CurrentUser.ActingFor actAs(String username) {
    Account account =
        DemoAccounts.demoAccounts().stream()
            .filter(a -> a.getUsername().equals(username))
            .findFirst()
            .orElseThrow();
    return caller.actAs(username, account.getRoles(), account.getSiteCodes());
  }

  private Subject enroll(
      String site,
      String screening,
      String initials,
      int birthYear,
      String sex,
      String resectability,
      String metastases,
      LocalDate today) {
    EnrollmentDocument doc =
        new EnrollmentDocument(
            site,
            screening,
            initials,
            birthYear,
            sex,
            Map.of(
                "I1", true, "I2", true, "I3", true, "I4", true, "E1", false, "E2", false, "E3",
                false),
            new EnrollmentDocument.ConsentDocument("2.0", today.minusDays(2)),
            Map.of("resectability", resectability, "metastases", metastases),
            null);
    return randomization.enrollAndRandomize(TRIAL, doc).subject();
  }

  /** A patient who meets exclusion criterion {@code failed}: a screen failure, not randomized. */
  private void screenFailure(
      String site,
      String screening,
      String initials,
      int birthYear,
      String failed,
      LocalDate today) {
    Map<String, Boolean> answers =
        new LinkedHashMap<>(
            Map.of(
                "I1", true, "I2", true, "I3", true, "I4", true, "E1", false, "E2", false, "E3",
                false));
    answers.put(failed, true);
    enrollment.enroll(
        TRIAL,
        new EnrollmentDocument(
            site,
            screening,
            initials,
            birthYear,
            "F",
            answers,
            new EnrollmentDocument.ConsentDocument("2.0", today.minusDays(1)),
            Map.of("resectability", "UNRESECTABLE", "metastases", "5-PLUS"),
            null));
  }

  /** Today's doses of the subject's regimen, as planned. */
  void fullDoses(Subject subject, LocalDate today) {
    regimens
        .plannedRegimen(subject)
        .values()
        .forEach(planned -> give(subject, today, planned, planned.getDose(), "NONE", null));
  }

  /** Mitomycin C (in both arms) at three quarters of the plan because of an adverse event. */
  private void reducedDoseOfMitomycin(Subject subject, LocalDate today, AdverseEvent cause) {
    AgentDose planned = regimens.plannedRegimen(subject).get("MMC");
    give(
        subject,
        today,
        planned,
        planned.getDose().multiply(new BigDecimal("0.75")),
        "REDUCED",
        cause.getId());
  }

  private void give(
      Subject subject,
      LocalDate today,
      AgentDose planned,
      BigDecimal dose,
      String change,
      Long adverseEventId) {
    treatment.record(
        TRIAL,
        subject.getSubjectId(),
        AdministrationDocument.written(
            today, planned.getAgent(), dose, planned.getUnit(), change, adverseEventId, null));
  }

  /**
   * An event attributed as possible to every agent of the subject's regimen (any serious one
   * unexpected, so a SUSAR), reported to nobody yet.
   */
  AdverseEvent report(
      Subject subject,
      long meddraCode,
      int grade,
      LocalDate onset,
      List<String> seriousness,
      Boolean expected,
      String outcome,
      Instant siteAwareAt) {
    Map<String, String> attribution = new LinkedHashMap<>();
    Map<String, String> action = new LinkedHashMap<>();
    for (String agent : regimens.agentsOf(subject)) {
      attribution.put(agent, "POSSIBLE");
      action.put(agent, "NONE");
    }
    return adverseEvents.create(
        TRIAL,
        subject.getSubjectId(),
        AdverseEventDocument.written(
            subject.getSubjectId(),
            meddraCode,
            null,
            grade,
            onset,
            null,
            seriousness,
            attribution,
            action,
            expected,
            outcome,
            siteAwareAt,
            null,
            null,
            null));
  }
}
