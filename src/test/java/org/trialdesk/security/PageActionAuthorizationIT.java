package org.trialdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.trialdesk.security.PageActionMatrix.BOUNDARY;
import static org.trialdesk.security.PageActionMatrix.CALLERS;
import static org.trialdesk.security.PageActionMatrix.rolesOf;
import static org.trialdesk.security.PageActionMatrix.sitesOf;

import jakarta.inject.Inject;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trialdesk.audit.boundary.AuditFilter;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.audit.boundary.Signatures;
import org.trialdesk.audit.entity.SignatureMeaning;
import org.trialdesk.enrollment.boundary.EnrollmentDocument;
import org.trialdesk.enrollment.boundary.EnrollmentService;
import org.trialdesk.enrollment.boundary.SubjectStatusChange;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.ForbiddenException;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.error.InvalidInputException;
import org.trialdesk.platform.error.NotFoundException;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.security.Role;
import org.trialdesk.randomization.boundary.AllocationImport;
import org.trialdesk.randomization.boundary.AllocationLog;
import org.trialdesk.randomization.boundary.Assignments;
import org.trialdesk.randomization.boundary.RandomizationSchemes;
import org.trialdesk.randomization.boundary.RandomizationService;
import org.trialdesk.randomization.boundary.Receipts;
import org.trialdesk.randomization.boundary.Unblindings;
import org.trialdesk.randomization.entity.Allocation;
import org.trialdesk.safety.boundary.AdverseEventDocument;
import org.trialdesk.safety.boundary.AdverseEventDocuments;
import org.trialdesk.safety.boundary.AdverseEventSearch;
import org.trialdesk.safety.boundary.AdverseEventService;
import org.trialdesk.safety.boundary.CtcaeDictionary;
import org.trialdesk.safety.boundary.ExpeditedReportRequest;
import org.trialdesk.safety.boundary.ExpeditedReports;
import org.trialdesk.safety.boundary.ToxicityAnalysis;
import org.trialdesk.safety.entity.AdverseEvent;
import org.trialdesk.security.boundary.AccountService;
import org.trialdesk.security.boundary.ApiTokens;
import org.trialdesk.security.boundary.CurrentUser;
import org.trialdesk.site.boundary.ParticipationService;
import org.trialdesk.site.boundary.SiteService;
import org.trialdesk.site.entity.Site;
import org.trialdesk.testsupport.Deployments;
import org.trialdesk.treatment.boundary.TreatmentService;
import org.trialdesk.trial.boundary.SchemeDocument;
import org.trialdesk.trial.boundary.SiteParticipations;
import org.trialdesk.trial.boundary.TrialService;
import org.trialdesk.trial.entity.Arm;
import org.trialdesk.trial.entity.Trial;

/**
 * Proof in the server that every boundary method a page calls refuses exactly those {@link
 * PageActionMatrix#BOUNDARY} says it refuses (see {@link PageActionMatrix} for the design).
 */
@ExtendWith(ArquillianExtension.class)
class PageActionAuthorizationIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application().addClass(PageActionMatrix.class);
  }

  private static final String TRIAL = "IL2-HAI";

  /**
   * The demo subject at OSK with a serious, unexpected event (a SUSAR) and doses: the live demo
   * subject screened as S-0002 (the pilot phase's imported patients took the first IDs).
   */
  private String subjectId;

  @Inject CurrentUser caller;
  @Inject TrialService trials;
  @Inject ParticipationService participations;
  @Inject SiteService sites;
  @Inject SiteParticipations siteParticipations;
  @Inject AuditTrail trail;
  @Inject Signatures signatures;
  @Inject RandomizationSchemes schemes;
  @Inject AllocationLog log;
  @Inject AllocationImport importer;
  @Inject Receipts receipts;
  @Inject ToxicityAnalysis toxicity;
  @Inject AdverseEventSearch search;
  @Inject EnrollmentService enrollment;
  @Inject RandomizationService randomization;
  @Inject Assignments assignments;
  @Inject Unblindings unblindings;
  @Inject AdverseEventService events;
  @Inject AdverseEventDocuments documents;
  @Inject ExpeditedReports expedited;
  @Inject CtcaeDictionary dictionary;
  @Inject TreatmentService treatment;
  @Inject org.trialdesk.outcome.boundary.SubjectOutcome outcome;
  @Inject org.trialdesk.outcome.boundary.Assessments assessments;
  @Inject org.trialdesk.outcome.boundary.FollowUps followUps;
  @Inject org.trialdesk.analysis.boundary.Dashboard dashboard;
  @Inject org.trialdesk.analysis.boundary.SurvivalAnalysis survival;
  @Inject org.trialdesk.analysis.boundary.ResponseAnalysis response;
  @Inject org.trialdesk.analysis.boundary.ConsortFlow consort;
  @Inject AccountService accounts;
  @Inject ApiTokens tokens;
  @Inject org.trialdesk.trial.boundary.RegimenVocabulary vocabulary;

  /** What the probes work on, read as an administrator before the probes run. */
  private Trial trial;

  private Subject subject;
  private AdverseEvent event;
  private Allocation allocation;
  private long doseId;
  private long assessmentId;
  private long followUpId;

  private Map<String, Runnable> probes() {
    Map<String, Runnable> p = new LinkedHashMap<>();
    for (Capability capability : Capability.values()) {
      p.put("Rights.pageAllowed(" + capability + ")", () -> caller.require(capability));
    }
    p.put("TrialService.find", () -> trials.find(TRIAL));
    p.put("TrialService.arm", () -> trials.arm(TRIAL, "IL2"));
    p.put("TrialService.create", () -> trials.create(Trial.blank()));
    p.put("TrialService.update", () -> trials.update(trial, null));
    p.put("TrialService.changeStatus", () -> trials.changeStatus(TRIAL, null, null));
    p.put("TrialService.setupState", () -> trials.setupState(TRIAL));
    p.put("TrialService.saveArm", () -> trials.saveArm(TRIAL, Arm.blank(), null));
    p.put(
        "RegimenVocabulary.add",
        () -> vocabulary.add(new org.trialdesk.trial.entity.RegimenTerm()));
    p.put("TrialService.sign", () -> trials.sign(TRIAL, null, "not the password"));
    p.put("ParticipationService.ofTrial", () -> participations.ofTrial(TRIAL));
    p.put("SiteParticipations.ofTrial", () -> siteParticipations.ofTrial(TRIAL));
    p.put(
        "ParticipationService.join",
        () -> participations.join(TRIAL, "code", null, null, null, null));
    p.put(
        "ParticipationService.change", () -> participations.change(TRIAL, "OSK", null, null, null));
    p.put("SiteService.all", () -> sites.all());
    p.put("SiteService.find", () -> sites.find("OSK"));
    p.put("SiteService.save", () -> sites.save(Site.blank(), null));
    p.put("AuditTrail.history", () -> trail.history(trial));
    p.put("Signatures.of", () -> signatures.of(trial));
    p.put("RandomizationSchemes.currentForReading", () -> schemes.currentForReading(trial));
    p.put(
        "RandomizationSchemes.configure",
        () -> schemes.configure(TRIAL, blank(SchemeDocument.class)));
    p.put("AllocationLog.armsVisible", () -> log.armsVisible(trial));
    p.put("AllocationLog.balance", () -> log.balance(TRIAL));
    p.put("AllocationLog.headHash", () -> log.headHash(TRIAL));
    p.put("AllocationLog.notificationsForCaller", () -> log.notificationsForCaller(TRIAL));
    p.put("AllocationLog.verify", () -> log.verify(TRIAL));
    p.put("AllocationLog.rederive", () -> log.rederive(TRIAL, allocation.getSequence()));
    p.put("Receipts.trialToCheck", () -> receipts.trialToCheck(TRIAL));
    p.put("Receipts.check", () -> receipts.check(TRIAL, List.of("not a receipt")));
    p.put("Receipts.confirmation", () -> receipts.confirmation(TRIAL, subjectId));
    p.put("AllocationImport.importCsv", () -> importer.importCsv(TRIAL, ""));
    p.put("ToxicityAnalysis.of", () -> toxicity.of(TRIAL));
    p.put("AdverseEventSearch.armsVisible", () -> search.armsVisible(TRIAL));
    p.put("EnrollmentService.find", () -> enrollment.find(TRIAL, subjectId));
    p.put(
        "EnrollmentService.changeStatus",
        () -> enrollment.changeStatus(TRIAL, subjectId, blank(SubjectStatusChange.class)));
    p.put(
        "RandomizationService.enrollAndRandomize",
        () -> randomization.enrollAndRandomize(TRIAL, blank(EnrollmentDocument.class)));
    p.put("Assignments.allocationOf", () -> assignments.allocationOf(subject));
    p.put("Assignments.document", () -> assignments.document(allocation, subject));
    p.put("Unblindings.unblindings", () -> unblindings.unblindings(subject));
    // Already randomized: an allowed caller gets the existing assignment back, nothing new.
    p.put("RandomizationService.randomize", () -> randomization.randomize(TRIAL, subjectId));
    p.put(
        "Unblindings.unblind",
        () -> unblindings.unblind(TRIAL, subjectId, " ", "not the password"));
    p.put("AdverseEventService.ofSubject", () -> events.ofSubject(TRIAL, subjectId));
    p.put("AdverseEventService.find", () -> events.find(TRIAL, subjectId, event.getId()));
    p.put("AdverseEventService.agentsOf", () -> events.agentsOf(subject));
    p.put("AdverseEventDocuments.document", () -> documents.document(event));
    p.put(
        "AdverseEventService.create",
        () -> events.create(TRIAL, subjectId, blank(AdverseEventDocument.class)));
    p.put(
        "AdverseEventService.update",
        () -> events.update(TRIAL, subjectId, event.getId(), blank(AdverseEventDocument.class)));
    p.put(
        "AdverseEventService.voidEvent",
        () -> events.voidEvent(TRIAL, subjectId, event.getId(), null));
    p.put(
        "AdverseEventService.sign",
        () -> events.sign(TRIAL, subjectId, event.getId(), "not the password"));
    p.put(
        "ExpeditedReports.record",
        () ->
            expedited.record(TRIAL, subjectId, event.getId(), blank(ExpeditedReportRequest.class)));
    p.put("CtcaeDictionary.search", () -> dictionary.search("fever", null, 5));
    p.put("CtcaeDictionary.importFile", () -> dictionary.importFile(new byte[0]));
    p.put("TreatmentService.course", () -> treatment.course(TRIAL, subjectId));
    p.put("TreatmentService.record", () -> treatment.record(TRIAL, subjectId, null));
    p.put("TreatmentService.voidDose", () -> treatment.voidDose(TRIAL, subjectId, doseId, null));
    p.put("SubjectOutcome.responses", () -> outcome.responses(TRIAL, subjectId));
    p.put("FollowUps.documents", () -> followUps.documents(TRIAL, subjectId));
    p.put("Assessments.record", () -> assessments.record(TRIAL, subjectId, null));
    p.put("FollowUps.record", () -> followUps.record(TRIAL, subjectId, null));
    p.put("Assessments.override", () -> assessments.override(TRIAL, subjectId, assessmentId, null));
    p.put(
        "Assessments.voidAssessment",
        () -> assessments.voidAssessment(TRIAL, subjectId, assessmentId, null));
    p.put(
        "FollowUps.voidFollowUp", () -> followUps.voidFollowUp(TRIAL, subjectId, followUpId, null));
    p.put("Dashboard.of", () -> dashboard.of(TRIAL));
    p.put("EnrollmentService.trialOf", () -> enrollment.trialOf(TRIAL));
    p.put("SurvivalAnalysis.of", () -> survival.of(TRIAL, null, null));
    p.put("ResponseAnalysis.of", () -> response.of(TRIAL, null));
    p.put("ConsortFlow.of", () -> consort.of(TRIAL));
    p.put("ApiTokens.issue", () -> tokens.issue("probe", LocalDate.of(2000, 1, 1)));
    p.put("ApiTokens.revoke", () -> tokens.revoke(-1));
    p.put("AccountService.find", () -> accounts.find("admin"));
    p.put("AccountService.create", () -> accounts.create(null, ""));
    p.put(
        "AccountService.update",
        () -> accounts.update("admin", null, true, Set.of(), Set.of(), null));
    p.put("AccountService.resetPassword", () -> accounts.resetPassword("admin", "", null));
    p.put("AuditTrail.count", () -> trail.count(AuditFilter.everything()));
    p.put("AccountService.chooseTimeZone", () -> accounts.chooseTimeZone("Not/AZone"));
    return p;
  }

  @Test
  void theBoundaryAnswersEveryCallerAsTheMatrixSays() {
    readFixture();
    Map<String, Runnable> probes = probes();
    assertEquals(new TreeSet<>(BOUNDARY.keySet()), new TreeSet<>(probes.keySet()));
    List<String> wrong = new ArrayList<>();
    BOUNDARY.forEach(
        (method, expected) -> {
          String actual =
              String.join(" ", CALLERS.stream().map(c -> outcome(c, probes.get(method))).toList());
          if (!actual.equals(expected)) {
            wrong.add(method + ": expected " + expected + ", got " + actual);
          }
        });
    assertEquals(List.of(), wrong);
  }

  /** The signing policy, in the boundary: monitors review, only the sponsor approves. */
  @Test
  void aMonitorSignsReviewedButNeverApproved() {
    try (CurrentUser.ActingFor monitor =
        caller.actAs("probe-monitor", Set.of(Role.MONITOR), Set.of())) {
      assertEquals("403", outcome(() -> trials.sign(TRIAL, SignatureMeaning.APPROVED, "x")));
      assertEquals("403", outcome(() -> trials.sign(TRIAL, SignatureMeaning.AUTHORED, "x")));
      // Reviewed passes the rights check and stops at the password.
      assertThrows(
          InvalidInputException.class,
          () -> trials.sign(TRIAL, SignatureMeaning.REVIEWED, "not the password"));
    }
    try (CurrentUser.ActingFor coordinator =
        caller.actAs("probe-coordinator", Set.of(Role.COORDINATOR), Set.of("OSK"))) {
      assertEquals("403", outcome(() -> trials.sign(TRIAL, SignatureMeaning.REVIEWED, "x")));
    }
  }

  private void readFixture() {
    try (CurrentUser.ActingFor admin =
        caller.actAs("probe-admin", Set.of(Role.ADMINISTRATOR), Set.of())) {
      trial = trials.find(TRIAL);
      subjectId =
          enrollment
              .page(
                  TRIAL,
                  new org.trialdesk.platform.persistence.PageRequest(
                      0, 500, "subjectId", true, Map.of()))
              .stream()
              .filter(s -> "S-0002".equals(s.getScreeningNumber()))
              .findFirst()
              .orElseThrow()
              .getSubjectId();
      subject = enrollment.find(TRIAL, subjectId);
      event =
          events.ofSubject(TRIAL, subjectId).stream()
              .filter(e -> e.isSerious() && !e.isVoided())
              .findFirst()
              .orElseThrow();
      allocation = assignments.allocationOf(subject).orElseThrow();
    }
    try (CurrentUser.ActingFor osaka =
        caller.actAs("probe-coordinator-osk", Set.of(Role.COORDINATOR), Set.of("OSK"))) {
      doseId = treatment.of(TRIAL, subjectId).get(0).id();
      // The demo's baseline scan and contact of this subject.
      assessmentId = outcome.responses(TRIAL, subjectId).assessments().get(0).id();
      followUpId = followUps.documents(TRIAL, subjectId).get(0).id();
    }
  }

  private String outcome(String name, Runnable probe) {
    try (CurrentUser.ActingFor acting =
        caller.actAs("probe-" + name, rolesOf(name), sitesOf(name))) {
      return outcome(probe);
    }
  }

  private static String outcome(Runnable probe) {
    try {
      probe.run();
      return "ok";
    } catch (ForbiddenException refused) {
      return "403";
    } catch (NotFoundException hidden) {
      return "404";
    } catch (DomainException | InvalidFieldsException passedTheRightsCheck) {
      return "ok";
    } catch (RuntimeException unexpected) {
      return "error:" + unexpected;
    }
  }

  /** A document with every field empty, as the API reads {@code {}}. */
  private static <R extends Record> R blank(Class<R> type) {
    RecordComponent[] parts = type.getRecordComponents();
    Class<?>[] types = new Class<?>[parts.length];
    Object[] values = new Object[parts.length];
    for (int i = 0; i < parts.length; i++) {
      types[i] = parts[i].getType();
      values[i] = types[i].isPrimitive() ? Array.get(Array.newInstance(types[i], 1), 0) : null;
    }
    try {
      return type.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
