package org.trialdesk.trial.boundary;

import java.util.List;
import org.trialdesk.trial.control.RegimenFormatter;
import org.trialdesk.trial.entity.AgentDose;
import org.trialdesk.trial.entity.Arm;
import org.trialdesk.trial.entity.CriterionType;
import org.trialdesk.trial.entity.DurationUnit;
import org.trialdesk.trial.entity.EligibilityCriterion;
import org.trialdesk.trial.entity.StratificationFactor;
import org.trialdesk.trial.entity.Trial;
import org.trialdesk.trial.entity.TrialPhase;

/**
 * Translates between trials and their API documents. Documents are validated for their codes before
 * they get here; the entities built from them are validated by the services, with the same field
 * names, so errors name the field of the document either way.
 */
public final class TrialDocuments {

  private TrialDocuments() {}

  public static TrialDocument toDocument(
      Trial trial,
      List<ParticipationDocument> sites,
      SchemeDocument scheme,
      RegimenFormatter formatter) {
    return new TrialDocument(
        trial.getCode(),
        trial.getTitle(),
        trial.getTitleJa(),
        trial.getPhase().name(),
        trial.getStatus().name(),
        trial.getTargetEnrollment(),
        trial.isBlinded(),
        trial.getSaeDeadlineHours(),
        trial.isResponseConfirmation(),
        trial.getArms().stream().map(arm -> toDocument(arm, formatter)).toList(),
        trial.getFactors().stream().map(f -> toDocument(f, sites)).toList(),
        trial.getCriteria().stream()
            .map(
                c ->
                    new CriterionDocument(
                        c.getCode(), c.getType().name(), c.getText(), c.getTextJa()))
            .toList(),
        sites,
        scheme,
        null);
  }

  public static ArmDocument toDocument(Arm arm, RegimenFormatter formatter) {
    return new ArmDocument(
        arm.getCode(),
        arm.getName(),
        arm.getNameJa(),
        arm.getRatio(),
        arm.getDescription(),
        arm.getRegimen().stream()
            .map(
                line ->
                    new AgentDoseDocument(
                        line.getAgent(),
                        line.getDose(),
                        line.getUnit(),
                        line.getRoute(),
                        line.getSchedule(),
                        line.getDurationAmount(),
                        nameOf(line.getDurationUnit()),
                        line.getCycleLengthDays(),
                        line.getCycleDays(),
                        line.getCycles(),
                        formatter.format(line)))
            .toList(),
        null);
  }

  private static FactorDocument toDocument(
      StratificationFactor factor, List<ParticipationDocument> sites) {
    List<FactorDocument.LevelDocument> levels =
        factor.isSite()
            ? sites.stream()
                .map(p -> new FactorDocument.LevelDocument(p.code(), p.name(), null))
                .toList()
            : factor.getLevels().stream()
                .map(l -> new FactorDocument.LevelDocument(l.getCode(), l.getName(), l.getNameJa()))
                .toList();
    return new FactorDocument(factor.getCode(), factor.getName(), factor.getNameJa(), levels);
  }

  /** A new trial from a document; participating sites are joined by the caller. */
  public static Trial toTrial(TrialDocument doc) {
    Trial trial = Trial.blank();
    trial.setCode(doc.code());
    applyTo(trial, doc);
    listOf(doc.arms()).forEach(a -> trial.withArm(toArm(a)));
    return trial;
  }

  /** Copies the trial's own fields, factors and criteria from {@code doc}. */
  public static void applyTo(Trial trial, TrialDocument doc) {
    trial.setTitle(doc.title());
    trial.setTitleJa(doc.titleJa());
    trial.setPhase(valueOf(TrialPhase.class, doc.phase()));
    trial.setTargetEnrollment(doc.targetEnrollment());
    trial.setBlinded(Boolean.TRUE.equals(doc.blinded()));
    trial.setResponseConfirmation(Boolean.TRUE.equals(doc.responseConfirmation()));
    if (doc.saeDeadlineHours() != null) {
      trial.setSaeDeadlineHours(doc.saeDeadlineHours());
    }
    trial.replaceFactors(listOf(doc.factors()).stream().map(TrialDocuments::toFactor).toList());
    trial.replaceCriteria(
        listOf(doc.criteria()).stream()
            .map(
                c -> {
                  EligibilityCriterion criterion =
                      new EligibilityCriterion(
                          c.code(), valueOf(CriterionType.class, c.type()), c.text());
                  criterion.setTextJa(c.textJa());
                  return criterion;
                })
            .toList());
  }

  public static Arm toArm(ArmDocument doc) {
    Arm arm = Arm.blank();
    applyTo(arm, doc);
    return arm;
  }

  /** Copies an arm document onto an arm (the code only when the arm is new). */
  public static void applyTo(Arm arm, ArmDocument doc) {
    if (arm.getId() == null) {
      arm.setCode(doc.code());
    }
    arm.setName(doc.name());
    arm.setNameJa(doc.nameJa());
    arm.setRatio(doc.ratio());
    arm.setDescription(doc.description());
    arm.replaceRegimen(listOf(doc.regimen()).stream().map(TrialDocuments::toLine).toList());
  }

  private static AgentDose toLine(AgentDoseDocument doc) {
    return new AgentDose(doc.agent(), doc.dose(), doc.unit(), doc.route(), doc.schedule())
        .lasting(doc.durationAmount(), valueOf(DurationUnit.class, doc.durationUnit()))
        .inCycles(doc.cycleLengthDays(), doc.cycleDays(), doc.cycles());
  }

  private static StratificationFactor toFactor(FactorDocument doc) {
    StratificationFactor factor = new StratificationFactor(doc.code(), doc.name());
    factor.setNameJa(doc.nameJa());
    if (!factor.isSite()) {
      listOf(doc.levels())
          .forEach(level -> factor.level(level.code(), level.name(), level.nameJa()));
    }
    return factor;
  }

  private static <T> List<T> listOf(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static String nameOf(Enum<?> constant) {
    return constant == null ? null : constant.name();
  }

  /** Codes were checked by {@code @EnumName} on the document; {@code null} stays {@code null}. */
  private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
    return name == null ? null : Enum.valueOf(type, name);
  }
}
