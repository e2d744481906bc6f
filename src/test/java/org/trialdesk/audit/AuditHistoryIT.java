package org.trialdesk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trialdesk.audit.boundary.AuditFilter;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.audit.entity.AuditRecord;
import org.trialdesk.audit.entity.Auditable;
import org.trialdesk.platform.security.Role;
import org.trialdesk.security.boundary.CurrentUser;
import org.trialdesk.testsupport.Deployments;
import org.trialdesk.trial.boundary.TrialService;
import org.trialdesk.trial.entity.AgentDose;
import org.trialdesk.trial.entity.Arm;
import org.trialdesk.trial.entity.Trial;
import org.trialdesk.trial.entity.TrialPhase;

/**
 * A record's history is found by its exact key, and shows each reader only what they may read: the
 * same rule for the history panels and the audit viewer.
 */
@ExtendWith(ArquillianExtension.class)
class AuditHistoryIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Inject TrialService trials;
  @Inject AuditTrail trail;
  @Inject CurrentUser caller;

  private CurrentUser.ActingFor admin() {
    return caller.actAs("probe-admin", Set.of(Role.ADMINISTRATOR), Set.of());
  }

  private static Trial trial(String code) {
    return new Trial(code, "History of " + code, TrialPhase.PHASE_2, 20)
        .withArm(
            new Arm("A", "Arm A", 1)
                .give(
                    new AgentDose(
                        "5-FU",
                        new BigDecimal("250"),
                        "MG",
                        "HEPATIC_ARTERIAL_INFUSION",
                        "BOLUS_WEEKLY")));
  }

  @Test
  void anUnderscoreInACodeIsNoWildcard() {
    // '_' matches any one character in LIKE: "AB_CD" once found "AB-CD"'s records too.
    String suffix = Deployments.uniqueCode("");
    String underscore = "H_" + suffix;
    String hyphen = "H-" + suffix;
    String percent = "H" + suffix.substring(0, 3);
    try (CurrentUser.ActingFor acting = admin()) {
      Trial withHyphen = trials.create(trial(hyphen));
      Trial withUnderscore = trials.create(trial(underscore));
      // A trial whose arm the old pattern "Hxyz%/%" matched: "Hxyz9.../arms/A".
      trials.create(trial(percent + "9" + suffix.substring(3)));

      assertOnlyUnder(underscore, keys(trail.history(withUnderscore)));
      assertOnlyUnder(hyphen, keys(trail.history(withHyphen)));
      assertTrue(keys(trail.history(withHyphen)).containsAll(List.of(hyphen, hyphen + "/arms/A")));
      assertOnlyUnder(underscore, keys(trail.page(filter(underscore), 0, 1000)));
      // '%' is not a code character, but a typed filter must not act as a pattern either.
      assertEquals(List.of(), keys(trail.page(filter(percent + "%"), 0, 10)));
    }
  }

  @Test
  void siteStaffNeverSeeSponsorOnlyRecordsInAHistory() {
    String code = "V-" + Deployments.uniqueCode("");
    String otherSite = code + "/subjects/KOB-901/adverse-events/2";
    Trial trial;
    try (CurrentUser.ActingFor acting = admin()) {
      trial = trials.create(trial(code));
      trail.created(
          record("ExpeditedReport", code + "/subjects/OSK-901/adverse-events/1/x", "OSK"));
      trail.created(record("AdverseEvent", code + "/subjects/OSK-901/adverse-events/1", "OSK"));
      trail.created(record("AdverseEvent", otherSite, "KOB"));
      assertTrue(
          types(trail.history(trial)).containsAll(List.of("ExpeditedReport", "AdverseEvent")));
      assertTrue(keys(trail.history(trial)).contains(otherSite));
    }
    try (CurrentUser.ActingFor osaka =
        caller.actAs("probe-coordinator", Set.of(Role.COORDINATOR), Set.of("OSK"))) {
      List<AuditRecord> seen = trail.history(trial);
      assertTrue(types(seen).containsAll(List.of("Trial", "AdverseEvent")), types(seen)::toString);
      assertFalse(types(seen).contains("ExpeditedReport"), "the sponsor's submission is hidden");
      assertFalse(keys(seen).contains(otherSite), "another site's record is hidden");
    }
    try (CurrentUser.ActingFor monitor =
        caller.actAs("probe-monitor", Set.of(Role.MONITOR), Set.of())) {
      assertTrue(types(trail.history(trial)).contains("ExpeditedReport"));
    }
  }

  @Test
  void aRecordPageShowsTheLatestChangesOnlyAndNothingBesideItsKey() {
    String code = "H-" + Deployments.uniqueCode("");
    try (CurrentUser.ActingFor acting = admin()) {
      Trial trial = trials.create(trial(code));
      for (int i = 0; i < AuditTrail.HISTORY_SHOWN + 20; i++) {
        trail.created(record("Subject", code + "/subjects/OSK-" + (1000 + i), "OSK"));
      }
      // Keys that sort right next to the trial's, but are not below it.
      trail.created(record("Trial", code + "0", null));
      trail.created(record("Trial", code + "-X", null));
      trail.created(record("Trial", code + ".", null));
      List<AuditRecord> shown = trail.history(trial);
      assertEquals(AuditTrail.HISTORY_SHOWN, shown.size());
      assertOnlyUnder(code, keys(shown));
      assertTrue(keys(shown).contains(code + "/subjects/OSK-1119"), "the newest is shown");
      assertFalse(keys(shown).contains(code + "/subjects/OSK-1000"), "the oldest is not");
    }
  }

  private static void assertOnlyUnder(String key, List<String> keys) {
    assertFalse(keys.isEmpty(), "no history of " + key);
    for (String found : keys) {
      assertTrue(found.equals(key) || found.startsWith(key + "/"), found + " in history of " + key);
    }
  }

  private static AuditFilter filter(String key) {
    return new AuditFilter(null, null, key, null, null, null);
  }

  private static List<String> keys(List<AuditRecord> records) {
    return records.stream().map(AuditRecord::getEntityKey).toList();
  }

  private static List<String> types(List<AuditRecord> records) {
    return records.stream().map(AuditRecord::getEntityType).toList();
  }

  private static Auditable record(String type, String key, String site) {
    return new Auditable() {
      @Override
      public String auditType() {
        return type;
      }

      @Override
      public String auditKey() {
        return key;
      }

      @Override
      public String auditSite() {
        return site;
      }

      @Override
      public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("submittedOn", "2026-11-02");
        return state;
      }
    };
  }
}
