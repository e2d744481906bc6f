package org.trialdesk.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.security.Role;

/**
 * Who may run each page action, and proof that the boundary refuses everyone else.
 *
 * <p>Design. {@link #ACTIONS} names every action a page can run ({@code action}, {@code
 * actionListener}, {@code listener}, {@code completeMethod} and {@code <f:viewAction>} EL in the
 * XHTML) and who may run it. {@link #BOUNDARY} names every boundary method those actions call and
 * what each caller gets from it. Two tests hold them to the code:
 *
 * <ul>
 *   <li>{@code PageActionsTest} (no server) parses the pages, resolves each bean by its
 *       {@code @Named} name to its class, and follows the action method's bytecode (through the
 *       bean's own helpers and lambdas) to the boundary methods it calls. It fails when a page
 *       action is missing from {@link #ACTIONS} (or a row names no action), when an action calls a
 *       boundary method missing from {@link #BOUNDARY}, and when an action's row is not what its
 *       calls give: a caller may run an action only if none of the boundary methods it calls
 *       refuses them (the strictest call wins: 403 before 404 before ok). An action that calls no
 *       boundary method is {@link #PUBLIC} (log in, log out, language) or {@link #FORM_ONLY}: it
 *       only edits the page's own form, and its page must have a view action that refuses someone.
 *   <li>{@code PageActionAuthorizationIT}, in the server, calls every boundary method of {@link
 *       #BOUNDARY} as each caller (administrator, monitor, statistician, coordinator and
 *       investigator of OSK, coordinator of KOB) on the demo trial's OSK subject, with input the
 *       boundary refuses as invalid, so that nothing is stored: a ForbiddenException reads 403, a
 *       NotFoundException 404, any other refusal (invalid input, conflict) means the rights check
 *       let the caller through, "ok".
 * </ul>
 *
 * So a new page action without a row fails the build; so does a new boundary call without a probe;
 * and a row cannot claim a refusal the boundary does not make.
 */
final class PageActionMatrix {

  private PageActionMatrix() {}

  /** Callers in the order of every row. */
  static final List<String> CALLERS =
      List.of(
          "admin",
          "monitor",
          "statistician",
          "coordinator-osk",
          "investigator-osk",
          "coordinator-kob");

  static final String ALL = "ok ok ok ok ok ok";
  static final String PUBLIC = "public";
  static final String FORM_ONLY = "form-only";

  static final String ADMIN = "ok 403 403 403 403 403";

  /**
   * Everyone manages their own API tokens; another's is absent to them. The probe names a token
   * that is nobody's, so every caller gets 404.
   */
  static final String NOBODY_ELSES_TOKEN = "404 404 404 404 404 404";

  static final String ALLOCATIONS = "ok ok ok 403 403 403";
  static final String SIGNERS = "ok ok ok 403 403 403";
  static final String OWN_SITE_READ = "ok ok ok ok ok 404";
  static final String OWN_SITE_WRITE = "403 403 403 ok ok 404";
  static final String SITE_STAFF = "403 403 403 ok ok ok";
  static final String INVESTIGATOR = "403 403 403 403 ok 403";
  static final String AUDITORS = "ok ok 403 403 403 403";

  /** Page action ("bean.method") → what each caller of {@link #CALLERS} gets. */
  static final Map<String, String> ACTIONS = new LinkedHashMap<>();

  /** Boundary method ("Class.method") → what each caller gets. */
  static final Map<String, String> BOUNDARY = new LinkedHashMap<>();

  static {
    ACTIONS.put("login.logIn", PUBLIC);
    ACTIONS.put("login.logOut", PUBLIC);
    ACTIONS.put("languageSwitch.switchTo", PUBLIC);
    ACTIONS.put("trialView.load", ALL);
    ACTIONS.put("trialView.changeStatus", ADMIN);
    ACTIONS.put("trialView.sign", SIGNERS);
    ACTIONS.put("trialSetup.load", ADMIN);
    ACTIONS.put("trialSetup.open", ADMIN);
    ACTIONS.put("trialEditor.load", ADMIN);
    ACTIONS.put("trialEditor.save", ADMIN);
    ACTIONS.put("trialEditor.addFactor", FORM_ONLY);
    ACTIONS.put("trialEditor.removeFactor", FORM_ONLY);
    ACTIONS.put("trialEditor.addLevel", FORM_ONLY);
    ACTIONS.put("trialEditor.removeLevel", FORM_ONLY);
    ACTIONS.put("trialEditor.addCriterion", FORM_ONLY);
    ACTIONS.put("trialEditor.removeCriterion", FORM_ONLY);
    ACTIONS.put("armEditor.load", ADMIN);
    ACTIONS.put("armEditor.save", ADMIN);
    ACTIONS.put("armEditor.addLine", FORM_ONLY);
    ACTIONS.put("armEditor.removeLine", FORM_ONLY);
    ACTIONS.put("armEditor.moveUp", FORM_ONLY);
    ACTIONS.put("armEditor.moveDown", FORM_ONLY);
    ACTIONS.put("trialSites.load", ADMIN);
    ACTIONS.put("trialSites.join", ADMIN);
    ACTIONS.put("trialSites.change", ADMIN);
    ACTIONS.put("siteEditor.load", ADMIN);
    ACTIONS.put("siteEditor.save", ADMIN);
    ACTIONS.put("siteEditor.completeTimeZone", FORM_ONLY);
    ACTIONS.put("schemeEditor.load", ALLOCATIONS);
    ACTIONS.put("schemeEditor.save", ADMIN);
    ACTIONS.put("allocationAudit.load", ALLOCATIONS);
    ACTIONS.put("allocationAudit.verify", ALLOCATIONS);
    ACTIONS.put("allocationAudit.rederive", ALLOCATIONS);
    ACTIONS.put("receiptCheckPage.load", ALLOCATIONS);
    ACTIONS.put("receiptCheckPage.check", ALLOCATIONS);
    ACTIONS.put("confirmationPage.load", OWN_SITE_READ);
    ACTIONS.put("allocationImportPage.load", ADMIN);
    ACTIONS.put("allocationImportPage.importFile", ADMIN);
    ACTIONS.put("toxicityView.load", ALLOCATIONS);
    ACTIONS.put("trialAdverseEventList.load", ALL);
    ACTIONS.put("subjectList.load", ALL);
    ACTIONS.put("enrollmentWizard.load", SITE_STAFF);
    ACTIONS.put("enrollmentWizard.next", FORM_ONLY);
    ACTIONS.put("enrollmentWizard.back", FORM_ONLY);
    // Confirming shows the new subject's receipt, so it reads as the subject's site does: a
    // coordinator of another site enrolls at their own site, never at OSK.
    ACTIONS.put("enrollmentWizard.confirm", OWN_SITE_WRITE);
    ACTIONS.put("subjectView.load", OWN_SITE_READ);
    ACTIONS.put("subjectUnblinding.load", ALL);
    ACTIONS.put("subjectView.randomize", OWN_SITE_WRITE);
    ACTIONS.put("subjectView.changeStatus", OWN_SITE_WRITE);
    ACTIONS.put("subjectUnblinding.unblind", INVESTIGATOR);
    ACTIONS.put("subjectAdverseEvents.load", OWN_SITE_READ);
    ACTIONS.put("subjectAdverseEvents.voidEvent", OWN_SITE_WRITE);
    ACTIONS.put("adverseEventEditor.newEventForm", SITE_STAFF);
    ACTIONS.put("adverseEventEditor.load", OWN_SITE_READ);
    ACTIONS.put("adverseEventForm.completeTerm", ALL);
    ACTIONS.put("adverseEventForm.termChosen", ALL);
    ACTIONS.put("adverseEventForm.save", OWN_SITE_WRITE);
    ACTIONS.put("adverseEventSignature.sign", INVESTIGATOR);
    ACTIONS.put("expeditedReportForm.record", ADMIN);
    ACTIONS.put("subjectTreatment.load", OWN_SITE_READ);
    ACTIONS.put("subjectTreatment.record", OWN_SITE_WRITE);
    ACTIONS.put("subjectTreatment.voidDose", OWN_SITE_WRITE);
    ACTIONS.put("subjectOutcomePage.load", OWN_SITE_READ);
    ACTIONS.put("subjectOutcomePage.recordAssessment", OWN_SITE_WRITE);
    ACTIONS.put("subjectOutcomePage.recordFollowUp", OWN_SITE_WRITE);
    ACTIONS.put("outcomeCorrections.override", INVESTIGATOR);
    ACTIONS.put("subjectOutcomePage.addTarget", FORM_ONLY);
    ACTIONS.put("subjectOutcomePage.addNonTarget", FORM_ONLY);
    ACTIONS.put("outcomeCorrections.voidAssessment", OWN_SITE_WRITE);
    ACTIONS.put("outcomeCorrections.voidFollowUp", OWN_SITE_WRITE);
    ACTIONS.put("reportsPage.load", ALL);
    ACTIONS.put("survivalPage.load", ALL);
    ACTIONS.put("responsePage.load", ALL);
    ACTIONS.put("consortPage.load", ALL);
    ACTIONS.put("ctcaeImportPage.upload", ADMIN);
    ACTIONS.put("regimenTermsPage.add", ADMIN);
    ACTIONS.put("userEditor.load", ADMIN);
    ACTIONS.put("userEditor.save", ADMIN);
    ACTIONS.put("tokenPage.issue", ALL);
    ACTIONS.put("tokenPage.revoke", NOBODY_ELSES_TOKEN);
    ACTIONS.put("accountSettings.save", ALL);
    ACTIONS.put("auditViewer.apply", AUDITORS);

    for (Capability capability : Capability.values()) {
      BOUNDARY.put(
          "Rights.pageAllowed(" + capability + ")",
          String.join(
              " ",
              CALLERS.stream().map(c -> capability.heldBy(rolesOf(c)) ? "ok" : "403").toList()));
    }
    BOUNDARY.put("TrialService.find", ALL);
    BOUNDARY.put("TrialService.arm", ALL);
    BOUNDARY.put("TrialService.create", ADMIN);
    BOUNDARY.put("TrialService.update", ADMIN);
    BOUNDARY.put("TrialService.changeStatus", ADMIN);
    BOUNDARY.put("TrialService.setupState", ADMIN);
    BOUNDARY.put("TrialService.saveArm", ADMIN);
    BOUNDARY.put("RegimenVocabulary.add", ADMIN);
    BOUNDARY.put("TrialService.sign", SIGNERS);
    BOUNDARY.put("ParticipationService.ofTrial", ALL);
    BOUNDARY.put("SiteParticipations.ofTrial", ALL);
    BOUNDARY.put("ParticipationService.join", ADMIN);
    BOUNDARY.put("ParticipationService.change", ADMIN);
    BOUNDARY.put("SiteService.all", ALL);
    BOUNDARY.put("SiteService.find", ALL);
    BOUNDARY.put("SiteService.save", ADMIN);
    BOUNDARY.put("AuditTrail.history", ALL);
    BOUNDARY.put("AuditTrail.count", AUDITORS);
    BOUNDARY.put("Signatures.of", ALL);
    BOUNDARY.put("RandomizationSchemes.currentForReading", ALLOCATIONS);
    BOUNDARY.put("RandomizationSchemes.configure", ADMIN);
    BOUNDARY.put("AllocationLog.armsVisible", ALL);
    BOUNDARY.put("AllocationLog.balance", ALLOCATIONS);
    BOUNDARY.put("AllocationLog.headHash", ALLOCATIONS);
    BOUNDARY.put("AllocationLog.notificationsForCaller", ALL);
    BOUNDARY.put("AllocationLog.verify", ALLOCATIONS);
    BOUNDARY.put("AllocationLog.rederive", ALLOCATIONS);
    BOUNDARY.put("Receipts.trialToCheck", ALLOCATIONS);
    BOUNDARY.put("Receipts.check", ALLOCATIONS);
    BOUNDARY.put("Receipts.confirmation", OWN_SITE_READ);
    BOUNDARY.put("AllocationImport.importCsv", ADMIN);
    BOUNDARY.put("ToxicityAnalysis.of", ALLOCATIONS);
    BOUNDARY.put("AdverseEventSearch.armsVisible", ALL);
    BOUNDARY.put("EnrollmentService.find", OWN_SITE_READ);
    BOUNDARY.put("EnrollmentService.changeStatus", OWN_SITE_WRITE);
    BOUNDARY.put("RandomizationService.enrollAndRandomize", SITE_STAFF);
    BOUNDARY.put("Assignments.allocationOf", ALL);
    BOUNDARY.put("Assignments.document", ALL);
    BOUNDARY.put("Unblindings.unblindings", ALL);
    BOUNDARY.put("RandomizationService.randomize", OWN_SITE_WRITE);
    BOUNDARY.put("Unblindings.unblind", INVESTIGATOR);
    BOUNDARY.put("AdverseEventService.ofSubject", OWN_SITE_READ);
    BOUNDARY.put("AdverseEventService.find", OWN_SITE_READ);
    BOUNDARY.put("AdverseEventService.agentsOf", ALL);
    BOUNDARY.put("AdverseEventDocuments.document", ALL);
    BOUNDARY.put("AdverseEventService.create", OWN_SITE_WRITE);
    BOUNDARY.put("AdverseEventService.update", OWN_SITE_WRITE);
    BOUNDARY.put("AdverseEventService.voidEvent", OWN_SITE_WRITE);
    BOUNDARY.put("AdverseEventService.sign", INVESTIGATOR);
    BOUNDARY.put("ExpeditedReports.record", ADMIN);
    BOUNDARY.put("CtcaeDictionary.search", ALL);
    BOUNDARY.put("CtcaeDictionary.importFile", ADMIN);
    BOUNDARY.put("TreatmentService.course", OWN_SITE_READ);
    BOUNDARY.put("TreatmentService.record", OWN_SITE_WRITE);
    BOUNDARY.put("TreatmentService.voidDose", OWN_SITE_WRITE);
    BOUNDARY.put("SubjectOutcome.responses", OWN_SITE_READ);
    BOUNDARY.put("FollowUps.documents", OWN_SITE_READ);
    BOUNDARY.put("Assessments.record", OWN_SITE_WRITE);
    BOUNDARY.put("FollowUps.record", OWN_SITE_WRITE);
    BOUNDARY.put("Assessments.override", INVESTIGATOR);
    BOUNDARY.put("Assessments.voidAssessment", OWN_SITE_WRITE);
    BOUNDARY.put("FollowUps.voidFollowUp", OWN_SITE_WRITE);
    BOUNDARY.put("Dashboard.of", ALL);
    BOUNDARY.put("EnrollmentService.trialOf", ALL);
    BOUNDARY.put("SurvivalAnalysis.of", ALL);
    BOUNDARY.put("ResponseAnalysis.of", ALL);
    BOUNDARY.put("ConsortFlow.of", ALL);
    BOUNDARY.put("AccountService.find", ADMIN);
    BOUNDARY.put("AccountService.create", ADMIN);
    BOUNDARY.put("AccountService.update", ADMIN);
    BOUNDARY.put("AccountService.resetPassword", ADMIN);
    BOUNDARY.put("AccountService.chooseTimeZone", ALL);
    BOUNDARY.put("ApiTokens.issue", ALL);
    BOUNDARY.put("ApiTokens.revoke", NOBODY_ELSES_TOKEN);
  }

  static Set<Role> rolesOf(String caller) {
    return switch (caller) {
      case "admin" -> Set.of(Role.ADMINISTRATOR);
      case "monitor" -> Set.of(Role.MONITOR);
      case "statistician" -> Set.of(Role.STATISTICIAN);
      case "coordinator-osk", "coordinator-kob" -> Set.of(Role.COORDINATOR);
      case "investigator-osk" -> Set.of(Role.INVESTIGATOR);
      default -> throw new IllegalArgumentException(caller);
    };
  }

  static Set<String> sitesOf(String caller) {
    return caller.endsWith("-osk")
        ? Set.of("OSK")
        : caller.endsWith("-kob") ? Set.of("KOB") : Set.of();
  }
}
