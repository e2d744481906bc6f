package org.trialdesk.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import org.trialdesk.enrollment.boundary.EnrollmentService;
import org.trialdesk.enrollment.boundary.SubjectStatusChange;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.outcome.boundary.AssessmentDocument;
import org.trialdesk.outcome.boundary.Assessments;
import org.trialdesk.outcome.boundary.FollowUpDocument;
import org.trialdesk.outcome.boundary.FollowUps;
import org.trialdesk.randomization.boundary.AllocationImport;
import org.trialdesk.security.boundary.CurrentUser;

/**
 * The demo trial's pilot phase, so the reports show something on first start: 43 patients
 * randomized between April 2019 and March 2021 and imported as earlier allocations, then their
 * doses, tumour assessments and follow-up entered through the same services as a coordinator's,
 * each by the coordinator of the patient's site. The course of each patient is drawn from a seeded
 * generator shaped like the published pilot (docs/domain.md §1): about three in four unresectable
 * patients respond to the IL-2 arm, fewer to chemotherapy alone, and most resected patients stay
 * free of disease. What the reports show is computed from these records. Imported patients have no
 * consent on record here, so no adverse events are entered for them (events are recorded from
 * consent on); the live demo patients carry the demo's events.
 */
@ApplicationScoped
class DemoPilot {

  private static final Logger LOG = Logger.getLogger(DemoPilot.class.getName());
  private static final String TRIAL = "IL2-HAI";
  private static final LocalDate FIRST = LocalDate.of(2019, 4, 1);
  private static final int UNRESECTABLE = 25;
  private static final int RESECTED = 18;
  private static final String[] SITES = {"OSK", "KOB", "KYO", "NAR", "WAK", "SAK"};

  @Inject DemoSubjects demo;
  @Inject AllocationImport allocations;
  @Inject EnrollmentService enrollment;
  @Inject Assessments assessments;
  @Inject FollowUps followUps;

  /** One pilot patient as generated. */
  private record Patient(String id, String site, boolean resected, String arm, LocalDate on) {}

  void create(LocalDate today) {
    Random random = new Random(20190401L);
    List<Patient> patients = patients(random);
    StringBuilder csv =
        new StringBuilder("subjectId,siteCode,resectability,metastases,arm,randomizedOn\n");
    for (Patient p : patients) {
      csv.append(p.id())
          .append(',')
          .append(p.site())
          .append(',')
          .append(p.resected() ? "RESECTED" : "UNRESECTABLE")
          .append(',')
          .append(random.nextBoolean() ? "1" : "2-4")
          .append(',')
          .append(p.arm())
          .append(',')
          .append(p.on())
          .append('\n');
    }
    try (CurrentUser.ActingFor admin = demo.actAs("admin")) {
      allocations.importCsv(TRIAL, csv.toString());
    }
    for (Patient p : patients) {
      try (CurrentUser.ActingFor coordinator = demo.actAsCoordinatorOf(p.site())) {
        Subject subject = enrollment.find(TRIAL, p.id());
        demo.fullDoses(subject, p.on());
        LocalDate end = p.resected() ? resected(p, random, today) : unresectable(p, random, today);
        if (end != null && random.nextInt(12) == 0) {
          enrollment.changeStatus(
              TRIAL,
              p.id(),
              new SubjectStatusChange("LOST_TO_FOLLOW_UP", "Moved away; no longer reachable"));
        }
      }
    }
    LOG.info(
        "Demo pilot phase created: " + patients.size() + " patients in IL2-HAI since " + FIRST);
  }

  private static List<Patient> patients(Random random) {
    List<Boolean> resected = new ArrayList<>();
    for (int i = 0; i < UNRESECTABLE + RESECTED; i++) {
      resected.add(i >= UNRESECTABLE);
    }
    java.util.Collections.shuffle(resected, random);
    int[] numbers = new int[SITES.length];
    List<Patient> patients = new ArrayList<>();
    String[] block = {"IL2", "CHEMO"};
    for (int i = 0; i < resected.size(); i++) {
      // In turn, so that no site goes past its cap (the smallest is ten).
      int site = i % SITES.length;
      if (i % 2 == 0 && random.nextBoolean()) {
        block = new String[] {block[1], block[0]};
      }
      String id = String.format("%s-%03d", SITES[site], ++numbers[site]);
      patients.add(
          new Patient(id, SITES[site], resected.get(i), block[i % 2], FIRST.plusDays(i * 17L)));
    }
    return patients;
  }

  /**
   * Unresectable disease: a baseline a week before randomization, then an assessment every eight
   * weeks shrinking (responders) or holding then growing, and death from disease after a time drawn
   * around a median of 22 months with IL-2, 15 without. Returns the last contact, or null if died.
   */
  private LocalDate unresectable(Patient p, Random random, LocalDate today) {
    int lesions = 1 + random.nextInt(3);
    List<AssessmentDocument.Lesion> targets = new ArrayList<>();
    for (int i = 0; i < lesions; i++) {
      int mm = 15 + random.nextInt(45);
      // At most two per organ: a third lesion is a lymph node.
      targets.add(AssessmentDocument.Lesion.of(i < 2 ? "LIVER" : "LYMPH_NODE", Math.max(mm, 15)));
    }
    assessments.record(
        TRIAL,
        p.id(),
        AssessmentDocument.written(p.on().minusDays(7), true, targets, List.of(), null, false));
    boolean responds = random.nextDouble() < (p.arm().equals("IL2") ? 0.8 : 0.5);
    double[] course =
        responds
            ? new double[] {0.6, 0.45, 0.4, random.nextDouble() < 0.2 ? 0.0 : 0.45}
            : new double[] {0.95, 1.05, 1.3, 1.5};
    LocalDate death = p.on().plusDays(months(random, p.arm().equals("IL2") ? 22 : 15));
    for (int k = 0; k < course.length; k++) {
      LocalDate on = p.on().plusWeeks(8L * (k + 1));
      if (!on.isBefore(death) || on.isAfter(today)) {
        break;
      }
      List<AssessmentDocument.Lesion> measured = new ArrayList<>();
      for (Integer mm : targets.stream().map(AssessmentDocument.Lesion::diameter).toList()) {
        measured.add(AssessmentDocument.Lesion.of(null, (int) Math.round(mm * course[k])));
      }
      assessments.record(
          TRIAL,
          p.id(),
          AssessmentDocument.written(on, false, measured, List.of(), null, course[k] > 1.25));
    }
    return followUp(p, random, today, null, death);
  }

  /**
   * Resected disease: about one in three recurs, outside the liver, and some of those die of it;
   * most stay free of disease at five years.
   */
  private LocalDate resected(Patient p, Random random, LocalDate today) {
    LocalDate recurrence = random.nextInt(3) == 0 ? p.on().plusDays(months(random, 14)) : null;
    LocalDate death =
        recurrence != null && random.nextBoolean()
            ? recurrence.plusDays(months(random, 12))
            : random.nextInt(15) == 0 ? p.on().plusDays(months(random, 40)) : null;
    return followUp(p, random, today, recurrence, death);
  }

  /** Contacts every six months until death or today; returns the last contact, null if died. */
  private LocalDate followUp(
      Patient p, Random random, LocalDate today, LocalDate recurrence, LocalDate death) {
    boolean recurrenceReported = false;
    LocalDate last = null;
    for (LocalDate on = p.on().plusMonths(6); ; on = on.plusMonths(6)) {
      if (death != null && !death.isAfter(on) && !death.isAfter(today)) {
        followUps.record(
            TRIAL,
            p.id(),
            FollowUpDocument.written(
                death,
                "DEAD",
                death,
                "DISEASE",
                recurrenceOf(recurrence, recurrenceReported, death)));
        return null;
      }
      if (on.isAfter(today)) {
        return last;
      }
      FollowUpDocument.Recurrence found = recurrenceOf(recurrence, recurrenceReported, on);
      recurrenceReported |= found != null;
      followUps.record(TRIAL, p.id(), FollowUpDocument.written(on, "ALIVE", null, null, found));
      last = on;
    }
  }

  private static FollowUpDocument.Recurrence recurrenceOf(
      LocalDate recurrence, boolean reported, LocalDate contact) {
    return recurrence != null && !reported && !recurrence.isAfter(contact)
        ? new FollowUpDocument.Recurrence(recurrence, "EXTRAHEPATIC")
        : null;
  }

  /** Days of an exponential time with the given median in months. */
  private static long months(Random random, double median) {
    double m = -Math.log(1 - random.nextDouble()) * median / Math.log(2);
    return Math.max(20, Math.round(m * 365.25 / 12));
  }
}
