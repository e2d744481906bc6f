package org.trialdesk.safety.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trialdesk.platform.validation.Refusal;
import org.trialdesk.safety.entity.ActionTaken;
import org.trialdesk.safety.entity.AdverseEvent;
import org.trialdesk.safety.entity.AgentAssessment;
import org.trialdesk.safety.entity.Attribution;
import org.trialdesk.safety.entity.CtcaeTerm;
import org.trialdesk.safety.entity.Outcome;
import org.trialdesk.safety.entity.Seriousness;

/**
 * The rules an adverse-event entry must keep (docs/domain.md, adverse events), all problems found
 * at once with their fields: a grade the CTCAE term defines; a verbatim term for "Other, specify";
 * onset not in the future and not before informed consent; resolution neither before onset nor in
 * the future; death, grade 5 and a fatal outcome agreeing; a serious event with the time the site
 * learnt of it and whether it was expected; those instants in order and not in the future; and an
 * attribution to every agent of the subject's regimen, to no other.
 */
public final class AdverseEventRules {

  private AdverseEventRules() {}

  /** What a reporter wrote, its codes already known to be names of their enumerations. */
  public record Entry(
      int grade,
      String verbatim,
      LocalDate onsetDate,
      LocalDate resolutionDate,
      List<String> seriousness,
      Map<String, String> attribution,
      Map<String, String> action,
      Boolean expected,
      String outcome,
      Instant siteAwareAt,
      Instant reportedAt) {}

  /**
   * What the entry is judged against: now, today and the zone at the subject's site, the subject's
   * consent date (null when not consented), the agents of the subject's regimen, and the agents
   * assessed in an earlier version of the entry.
   */
  public record Circumstances(
      Instant now,
      LocalDate siteToday,
      ZoneId siteZone,
      String subjectId,
      LocalDate consentSignedOn,
      List<String> regimen,
      List<String> assessedBefore) {}

  /** The refusals, or (when there are none) the report to store. */
  public record Checked(List<Refusal> refusals, AdverseEvent.Report report) {}

  public static Checked check(CtcaeTerm term, Entry entry, Circumstances at) {
    List<Refusal> refusals = new ArrayList<>();
    int grade = entry.grade();
    if (!term.validGrades().contains(grade)) {
      refusals.add(
          Refusal.of("grade", "ae.grade.invalid", grade, term.getTerm(), term.validGrades()));
    }
    if (term.isOtherSpecify() && (entry.verbatim() == null || entry.verbatim().isBlank())) {
      refusals.add(Refusal.of("verbatim", "ae.verbatim.required", term.getTerm()));
    }
    dates(entry, at, refusals);
    Set<Seriousness> criteria = EnumSet.noneOf(Seriousness.class);
    if (entry.seriousness() != null) {
      entry.seriousness().forEach(s -> criteria.add(Seriousness.valueOf(s)));
    }
    // Death, grade 5 and a fatal outcome say the same thing three ways (CTCAE: grade 5 is death
    // related to the event); they must agree, so no fatal event escapes the SAE rules.
    Outcome outcome = Outcome.valueOf(entry.outcome());
    if ((grade == 5 || criteria.contains(Seriousness.DEATH)) && outcome != Outcome.FATAL) {
      refusals.add(Refusal.of("outcome", "ae.outcome.mustBeFatal"));
    }
    if (outcome == Outcome.FATAL && grade != 5) {
      refusals.add(Refusal.of("outcome", "ae.outcome.fatalNeedsGrade5"));
    }
    if (grade == 5) {
      // The death criterion is set for the reporter, not left to chance.
      criteria.add(Seriousness.DEATH);
    }
    seriousness(entry, SaeClock.serious(criteria, grade), at, refusals);
    List<AgentAssessment> agents = attribution(entry, at, refusals);
    if (!refusals.isEmpty()) {
      return new Checked(refusals, null);
    }
    return new Checked(
        List.of(),
        new AdverseEvent.Report(
            term,
            entry.verbatim(),
            grade,
            entry.onsetDate(),
            entry.resolutionDate(),
            criteria,
            agents,
            entry.expected(),
            outcome,
            entry.siteAwareAt(),
            entry.reportedAt()));
  }

  private static void dates(Entry entry, Circumstances at, List<Refusal> refusals) {
    if (entry.onsetDate().isAfter(at.siteToday())) {
      refusals.add(Refusal.of("onsetDate", "ae.date.future", at.siteToday()));
    }
    if (at.consentSignedOn() == null) {
      // Adverse events are collected from informed consent on; without it there is nothing to log.
      refusals.add(Refusal.of("onsetDate", "ae.onset.noConsent", at.subjectId()));
    } else if (entry.onsetDate().isBefore(at.consentSignedOn())) {
      refusals.add(Refusal.of("onsetDate", "ae.onset.beforeConsent", at.consentSignedOn()));
    }
    if (entry.resolutionDate() != null) {
      if (entry.resolutionDate().isBefore(entry.onsetDate())) {
        refusals.add(Refusal.of("resolutionDate", "ae.resolution.beforeOnset"));
      } else if (entry.resolutionDate().isAfter(at.siteToday())) {
        refusals.add(Refusal.of("resolutionDate", "ae.date.future", at.siteToday()));
      }
    }
  }

  /** A serious event starts the sponsor's clock: when the site learnt of it, and if expected. */
  private static void seriousness(
      Entry entry, boolean serious, Circumstances at, List<Refusal> refusals) {
    if (serious && entry.siteAwareAt() == null) {
      refusals.add(Refusal.of("siteAwareAt", "ae.siteAware.required"));
    }
    if (serious && entry.expected() == null) {
      refusals.add(Refusal.of("expected", "ae.expected.required"));
    }
    if (entry.siteAwareAt() != null && entry.siteAwareAt().isAfter(at.now())) {
      refusals.add(Refusal.of("siteAwareAt", "ae.instant.future"));
    } else if (entry.siteAwareAt() != null
        && entry.siteAwareAt().atZone(at.siteZone()).toLocalDate().isBefore(entry.onsetDate())) {
      refusals.add(Refusal.of("siteAwareAt", "ae.siteAware.beforeOnset", entry.onsetDate()));
    }
    if (entry.reportedAt() != null) {
      if (entry.reportedAt().isAfter(at.now())) {
        refusals.add(Refusal.of("reportedAt", "ae.instant.future"));
      } else if (entry.siteAwareAt() != null && entry.reportedAt().isBefore(entry.siteAwareAt())) {
        refusals.add(Refusal.of("reportedAt", "ae.reported.beforeAware"));
      }
    }
  }

  /** One assessment per agent of the regimen; every missing one is reported, not just the first. */
  private static List<AgentAssessment> attribution(
      Entry entry, Circumstances at, List<Refusal> refusals) {
    List<AgentAssessment> agents = new ArrayList<>();
    Map<String, String> attribution = entry.attribution() == null ? Map.of() : entry.attribution();
    Map<String, String> action = entry.action() == null ? Map.of() : entry.action();
    // Agents assessed before stay assessable: in a blinded trial the site attributes to every arm's
    // agents, and after an emergency unblinding it sees only its subject's arm.
    Set<String> assessable = new LinkedHashSet<>(at.regimen());
    assessable.addAll(at.assessedBefore());
    for (String agent : assessable) {
      String given = attribution.get(agent);
      if (given == null) {
        if (at.regimen().contains(agent)) {
          refusals.add(Refusal.of("attribution." + agent, "ae.attribution.missing", agent));
        }
      } else {
        String done = action.get(agent);
        agents.add(
            new AgentAssessment(
                agent,
                Attribution.valueOf(given),
                done == null ? ActionTaken.NONE : ActionTaken.valueOf(done)));
      }
    }
    for (String agent : attribution.keySet()) {
      if (!assessable.contains(agent)) {
        refusals.add(Refusal.of("attribution." + agent, "ae.attribution.unknownAgent", agent));
      }
    }
    return agents;
  }
}
