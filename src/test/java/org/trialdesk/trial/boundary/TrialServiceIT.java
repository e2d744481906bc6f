package org.trialdesk.trial.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.audit.boundary.Signatures;
import org.trialdesk.audit.entity.AuditAction;
import org.trialdesk.audit.entity.SignatureMeaning;
import org.trialdesk.platform.error.ConflictException;
import org.trialdesk.platform.error.FieldError;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.error.InvalidInputException;
import org.trialdesk.platform.error.NotFoundException;
import org.trialdesk.platform.error.UnmetConditionsException;
import org.trialdesk.platform.security.Role;
import org.trialdesk.testsupport.Deployments;
import org.trialdesk.testsupport.TestCaller;
import org.trialdesk.trial.entity.AgentDose;
import org.trialdesk.trial.entity.Arm;
import org.trialdesk.trial.entity.CriterionType;
import org.trialdesk.trial.entity.EligibilityCriterion;
import org.trialdesk.trial.entity.StratificationFactor;
import org.trialdesk.trial.entity.Trial;
import org.trialdesk.trial.entity.TrialPhase;
import org.trialdesk.trial.entity.TrialStatus;

/** Trials with arms and regimens stored and read back through the boundary, in the server. */
@ExtendWith(ArquillianExtension.class)
class TrialServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject TrialService trials;
  @Inject AuditTrail trail;
  @Inject Signatures signatures;
  @Inject SiteParticipations sites;
  @Inject SchemeConfiguration schemes;

  @BeforeEach
  void asAdministrator() {
    TestCaller.actAs(Role.ADMINISTRATOR);
  }

  @AfterEach
  void nobody() {
    TestCaller.reset();
  }

  private static AgentDose hai(String agent, String dose, String unit, String schedule) {
    return new AgentDose(agent, new BigDecimal(dose), unit, "HEPATIC_ARTERIAL_INFUSION", schedule);
  }

  /** What the trial needs besides its arms and criteria before it may open: a site and a scheme. */
  private void completeSetUp(String code) {
    sites.join(
        code,
        "sites[0].code",
        new ParticipationDocument("OSK", null, null, "ACTIVE", null, null, null));
    schemes.configure(
        code,
        new SchemeDocument(
            "SIMPLE", null, null, null, null, null, null, null, null, null, null, null));
  }

  private static Trial trialWithTwoArms(String code) {
    return new Trial(code, "Adjuvant IL-2 after hepatectomy", TrialPhase.PHASE_2, 40)
        .withArm(
            new Arm("IL2", "IL-2 + 5-FU + MMC", 2)
                .give(hai("IL-2", "1400000", "U", "BOLUS_WEEKLY").lasting(6, null))
                .give(hai("5-FU", "250", "MG", "BOLUS_WEEKLY"))
                .give(hai("MMC", "2", "MG", "BOLUS_WEEKLY")))
        .withArm(
            new Arm("CHEMO", "5-FU + MMC", 1)
                .give(hai("5-FU", "250", "MG", "BOLUS_WEEKLY"))
                .give(hai("MMC", "2", "MG", "BOLUS_WEEKLY")))
        .withFactor(new StratificationFactor("site", "Site"))
        .withFactor(
            new StratificationFactor("nodes", "Nodal status").level("N0", "N0").level("N1", "N1+"))
        .withCriterion(new EligibilityCriterion("I1", CriterionType.INCLUSION, "R0 hepatectomy"));
  }

  @Test
  void aTrialIsStoredWithItsArmsRegimensFactorsAndCriteriaInOrder() {
    String code = Deployments.uniqueCode("SVC");
    trials.create(trialWithTwoArms(code));

    Trial stored = trials.find(code);

    assertEquals(TrialStatus.DRAFT, stored.getStatus());
    assertEquals(24, stored.getSaeDeadlineHours());
    assertEquals(List.of("IL2", "CHEMO"), stored.getArms().stream().map(Arm::getCode).toList());
    Arm il2 = stored.getArms().get(0);
    assertEquals(2, il2.getRatio());
    assertEquals(
        List.of("IL-2", "5-FU", "MMC"),
        il2.getRegimen().stream().map(AgentDose::getAgent).toList());
    assertEquals(0, new BigDecimal("1400000").compareTo(il2.getRegimen().get(0).getDose()));
    assertEquals("U", il2.getRegimen().get(0).getUnit());
    assertEquals(
        List.of("site", "nodes"),
        stored.getFactors().stream().map(StratificationFactor::getCode).toList());
    assertEquals(2, stored.getFactors().get(1).getLevels().size());
    assertEquals("R0 hepatectomy", stored.getCriteria().get(0).getText());
  }

  @Test
  void regimenLinesAreReorderedRemovedAndStored() {
    String code = Deployments.uniqueCode("SVC");
    trials.create(trialWithTwoArms(code));

    Arm arm = trials.arm(code, "IL2");
    arm.moveUp(2);
    arm.getRegimen().remove(1);
    trials.saveArm(code, arm, "Protocol amendment 2");

    assertEquals(
        List.of("IL-2", "5-FU"),
        trials.arm(code, "IL2").getRegimen().stream().map(AgentDose::getAgent).toList());
  }

  @Test
  void aDuplicateProtocolCodeIsAConflictOnTheCodeField() {
    String code = Deployments.uniqueCode("SVC");
    trials.create(trialWithTwoArms(code));

    ConflictException conflict =
        assertThrows(ConflictException.class, () -> trials.create(trialWithTwoArms(code)));
    assertEquals("code", conflict.field());
  }

  @Test
  void anInvalidTrialIsRefusedWholeWithEveryFieldNamedAndNothingStored() {
    String code = Deployments.uniqueCode("SVC");
    Trial trial = trialWithTwoArms(code);
    trial.setTitle(" ");
    trial.getArms().get(1).setRatio(0);
    trial.getArms().get(0).getRegimen().get(1).setDose(new BigDecimal("-250"));

    InvalidFieldsException refused =
        assertThrows(InvalidFieldsException.class, () -> trials.create(trial));

    List<String> fields = refused.errors().stream().map(FieldError::field).toList();
    assertTrue(fields.contains("title"), fields::toString);
    assertTrue(fields.contains("arms[1].ratio"), fields::toString);
    assertTrue(fields.contains("arms[0].regimen[1].dose"), fields::toString);
    assertThrows(NotFoundException.class, () -> trials.find(code));
  }

  @Test
  void armsAreFrozenOnceRecruitmentHasStarted() {
    String code = Deployments.uniqueCode("SVC");
    trials.create(trialWithTwoArms(code));
    completeSetUp(code);
    trials.changeStatus(code, TrialStatus.RECRUITING, "Ethics approval received");

    Arm third = new Arm("OBS", "Observation", 1).give(hai("None", "1", "MG", "BOLUS_ONCE"));
    ConflictException conflict =
        assertThrows(
            ConflictException.class, () -> trials.saveArm(code, third, "Protocol amendment 2"));
    assertEquals("code", conflict.field());

    Arm il2 = trials.arm(code, "IL2");
    il2.setRatio(3);
    assertEquals(
        "ratio",
        assertThrows(
                ConflictException.class, () -> trials.saveArm(code, il2, "Protocol amendment 2"))
            .field());

    Arm renamed = trials.arm(code, "IL2");
    renamed.setName("IL-2 based HAI");
    trials.saveArm(code, renamed, "Protocol amendment 2");
    assertEquals("IL-2 based HAI", trials.arm(code, "IL2").getName());
  }

  @Test
  void onlyAdministratorsSetTrialsUp() {
    TestCaller.actAs(Role.MONITOR);
    assertThrows(
        org.trialdesk.platform.error.ForbiddenException.class,
        () -> trials.create(trialWithTwoArms(Deployments.uniqueCode("SVC"))));
    TestCaller.actAs(Role.COORDINATOR);
    assertThrows(
        org.trialdesk.platform.error.ForbiddenException.class,
        () -> trials.changeStatus("IL2-HAI", TrialStatus.CLOSED_TO_ACCRUAL, "no"));
  }

  @Test
  void aSignatureHoldsUntilTheTrialChangesThenShowsInvalidated() {
    TestCaller.actAs("admin", Role.ADMINISTRATOR);
    String code = Deployments.uniqueCode("SIG");
    trials.create(trialWithTwoArms(code));

    InvalidInputException wrong =
        assertThrows(
            InvalidInputException.class,
            () -> signatures.sign(trials.find(code), SignatureMeaning.APPROVED, "not-demo"));
    assertEquals("password", wrong.field());

    signatures.sign(trials.find(code), SignatureMeaning.APPROVED, "demo");
    Signatures.Shown shown = signatures.of(trials.find(code)).get(0);
    assertTrue(shown.valid());
    assertEquals("Demo Administrator", shown.signature().getPrintedName());
    assertEquals(SignatureMeaning.APPROVED, shown.signature().getMeaning());

    Trial edited = trials.find(code);
    edited.setTitle("Adjuvant IL-2 after hepatectomy, amended");
    trials.update(edited, "Amendment 1");

    assertFalse(signatures.of(trials.find(code)).get(0).valid());
    assertTrue(
        trail.history(trials.find(code)).stream().anyMatch(r -> r.getAction() == AuditAction.SIGN));
  }

  @Test
  void statusChangesNeedAReasonAndAreRecorded() {
    String code = Deployments.uniqueCode("SVC");
    trials.create(trialWithTwoArms(code));

    assertThrows(
        InvalidInputException.class, () -> trials.changeStatus(code, TrialStatus.RECRUITING, " "));
    UnmetConditionsException incomplete =
        assertThrows(
            UnmetConditionsException.class,
            () -> trials.changeStatus(code, TrialStatus.RECRUITING, "Ethics approval received"));
    assertEquals(
        List.of("sites.noneActive", "scheme.none"),
        incomplete.conditions().stream().map(UnmetConditionsException.Condition::code).toList());
    assertEquals(TrialStatus.DRAFT, trials.find(code).getStatus());
    completeSetUp(code);
    trials.changeStatus(code, TrialStatus.RECRUITING, "Ethics approval received");

    assertEquals(TrialStatus.RECRUITING, trials.find(code).getStatus());
    assertTrue(
        trail.history(trials.find(code)).stream()
            .anyMatch(
                r ->
                    "status".equals(r.getField())
                        && "RECRUITING".equals(r.getNewValue())
                        && "Ethics approval received".equals(r.getReason())));
  }
}
