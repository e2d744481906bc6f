package org.trialdesk.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.platform.i18n.GeneratedText;
import org.trialdesk.platform.persistence.DatabaseReady;
import org.trialdesk.platform.validation.ConstraintCheck;
import org.trialdesk.randomization.boundary.RandomizationSchemes;
import org.trialdesk.randomization.entity.AllocationHead;
import org.trialdesk.randomization.entity.RandomizationScheme;
import org.trialdesk.site.entity.Site;
import org.trialdesk.site.entity.TrialParticipation;
import org.trialdesk.trial.entity.AgentDose;
import org.trialdesk.trial.entity.Arm;
import org.trialdesk.trial.entity.CriterionType;
import org.trialdesk.trial.entity.EligibilityCriterion;
import org.trialdesk.trial.entity.ParticipationStatus;
import org.trialdesk.trial.entity.RandomizationMethod;
import org.trialdesk.trial.entity.StratificationFactor;
import org.trialdesk.trial.entity.Trial;
import org.trialdesk.trial.entity.TrialPhase;
import org.trialdesk.trial.entity.TrialStatus;

/**
 * On first start with an empty database, sets up the trial TrialDesk was conceived for
 * (docs/domain.md §1): IL-2 based hepatic arterial infusion for colorectal liver metastases at six
 * Japanese institutions. Scripts rely on its codes. {@code TRIALDESK_DEMO_DATA=false} turns it off.
 */
@ApplicationScoped
public class DemoData {

  static final String SWITCH = "TRIALDESK_DEMO_DATA";

  @Inject
  @ConfigProperty(name = "trialdesk.demo.data", defaultValue = "true")
  String demoData;

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  /** Code, name, city and enrollment cap of the participating institutions. */
  private static final List<Object[]> SITES =
      List.of(
          new Object[] {"OSK", "Osaka Municipal Hospital", "Osaka", 30},
          new Object[] {"KOB", "Kobe General Hospital", "Kobe", 25},
          new Object[] {"KYO", "Kyoto Medical Center", "Kyoto", 25},
          new Object[] {"NAR", "Nara Prefectural Hospital", "Nara", 15},
          new Object[] {"WAK", "Wakayama Medical Center", "Wakayama", 15},
          new Object[] {"SAK", "Sakai City Hospital", "Sakai", 10});

  @PersistenceContext EntityManager em;
  @Inject ConstraintCheck validation;
  @Inject Clock clock;
  @Inject AuditTrail trail;

  static final List<String> SITE_CODES = SITES.stream().map(row -> (String) row[0]).toList();

  /** Whether this start created the demo trial (so its demo subjects are still to come). */
  private volatile boolean createdThisStart;

  /** Whether this installation wants demo data ({@code TRIALDESK_DEMO_DATA} is not false). */
  boolean wanted() {
    return !"false".equalsIgnoreCase(demoData);
  }

  @Transactional
  void seedOnFirstStart(@Observes DatabaseReady ready) {
    if (!wanted()) {
      LOG.info("Demo data turned off (" + SWITCH + "=false)");
      return;
    }
    if (em.createQuery("select count(t) from Trial t", Long.class).getSingleResult() > 0
        || em.createQuery("select count(s) from Site s", Long.class).getSingleResult() > 0) {
      return;
    }
    // Stored directly rather than through the boundaries: at start-up nobody is logged in.
    Trial trial = validation.require(DemoJapanese.translate(il2HaiTrial()));
    em.persist(trial);
    trail.created(trial);
    trial.getArms().forEach(trail::created);
    LocalDate today = LocalDate.now(clock);
    for (Object[] row : SITES) {
      Site site = new Site((String) row[0], (String) row[1], (String) row[2], "JP", "Asia/Tokyo");
      site.setNameJa(DemoJapanese.SITES.get(site.getCode()));
      validation.require(site);
      em.persist(site);
      trail.created(site);
      TrialParticipation participation = new TrialParticipation(trial, site);
      participation.setCap((Integer) row[3]);
      participation.changeStatus(ParticipationStatus.ACTIVE, today);
      em.persist(participation);
      trail.created(participation);
    }
    RandomizationScheme scheme =
        new RandomizationScheme(
            trial,
            1,
            RandomizationMethod.PERMUTED_BLOCK,
            List.of(2, 4),
            List.of(StratificationFactor.SITE, "resectability"),
            Map.of(),
            null,
            null,
            null,
            RandomizationSchemes.newSeed());
    scheme.recordCreation("admin", clock.instant(), null);
    em.persist(scheme);
    em.persist(new AllocationHead(trial.getId()));
    trail.created(scheme);
    Map<String, String> draft = trial.auditState();
    trial.changeStatus(TrialStatus.RECRUITING);
    trail.changed(trial, draft, GeneratedText.of("demo.trialOpened"));
    createdThisStart = true;
    LOG.info(
        "Demo data created: trial IL2-HAI with six sites, randomized in permuted blocks of 2 or 4"
            + " stratified by site and resectability");
  }

  boolean createdThisStart() {
    return createdThisStart;
  }

  static Trial il2HaiTrial() {
    return new Trial(
            "IL2-HAI",
            "Hepatic arterial infusion of interleukin-2 with 5-FU and mitomycin C versus 5-FU and"
                + " mitomycin C for colorectal liver metastases",
            TrialPhase.PHASE_3,
            120)
        .withArm(
            new Arm("IL2", "IL-2 + 5-FU + MMC", 1)
                .give(hai("IL-2", "700000", "U", "CONTINUOUS_INFUSION_DAILY"))
                .give(hai("5-FU", "250", "MG", "CONTINUOUS_INFUSION_DAILY"))
                .give(hai("MMC", "4", "MG", "BOLUS_WEEKLY")))
        .withArm(
            new Arm("CHEMO", "5-FU + MMC", 1)
                .give(hai("5-FU", "250", "MG", "CONTINUOUS_INFUSION_DAILY"))
                .give(hai("MMC", "4", "MG", "BOLUS_WEEKLY")))
        .withFactor(new StratificationFactor(StratificationFactor.SITE, "Site"))
        .withFactor(
            new StratificationFactor("resectability", "Resectability of liver metastases")
                .level("RESECTED", "Resected (adjuvant after curative hepatectomy)")
                .level("UNRESECTABLE", "Unresectable"))
        .withFactor(
            new StratificationFactor("metastases", "Number of liver metastases")
                .level("1", "Solitary")
                .level("2-4", "2 to 4")
                .level("5-PLUS", "5 or more"))
        .withCriterion(
            inclusion("I1", "Histologically confirmed adenocarcinoma of the colon or rectum"))
        .withCriterion(inclusion("I2", "Liver metastases are the only site of distant disease"))
        .withCriterion(inclusion("I3", "ECOG performance status 0 to 2"))
        .withCriterion(
            inclusion("I4", "Adequate bone marrow, liver and renal function within 14 days"))
        .withCriterion(
            exclusion("E1", "Extrahepatic metastases (lung, bone, peritoneum, distant nodes)"))
        .withCriterion(exclusion("E2", "Prior hepatic arterial infusion chemotherapy or IL-2"))
        .withCriterion(exclusion("E3", "Active infection or uncontrolled heart disease"));
  }

  private static AgentDose hai(String agent, String dose, String unit, String schedule) {
    return new AgentDose(agent, new BigDecimal(dose), unit, "HEPATIC_ARTERIAL_INFUSION", schedule);
  }

  private static EligibilityCriterion inclusion(String code, String text) {
    return new EligibilityCriterion(code, CriterionType.INCLUSION, text);
  }

  private static EligibilityCriterion exclusion(String code, String text) {
    return new EligibilityCriterion(code, CriterionType.EXCLUSION, text);
  }
}
