package org.trialdesk.trial.control;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.trialdesk.trial.entity.AgentDose;
import org.trialdesk.trial.entity.RegimenTerm;
import org.trialdesk.trial.entity.RegimenTermKind;

/**
 * Reads a structured regimen line aloud in the bundle's language, e.g. "IL-2 7 × 10⁵ U/day,
 * continuous hepatic arterial infusion". Sentence shapes live in the bundle because word order
 * differs between English and Japanese: the built-in schedules have a sentence of their own, a
 * schedule an administrator added reads in the general shape with its name. Route, unit and
 * schedule names come from the vocabulary, in the bundle's language.
 */
public final class RegimenFormatter {

  private final ResourceBundle bundle;
  private final RegimenTerms terms;

  public RegimenFormatter(ResourceBundle bundle, RegimenTerms terms) {
    this.bundle = bundle;
    this.terms = terms;
  }

  public String format(AgentDose line) {
    String dose = DoseAmounts.format(line.getDose());
    RegimenTerm unit = terms.find(RegimenTermKind.UNIT, line.getUnit()).orElse(null);
    String symbol = unit == null ? line.getUnit() : name(unit);
    boolean perDay =
        terms
            .find(RegimenTermKind.SCHEDULE, line.getSchedule())
            .filter(RegimenTerm::isPerDay)
            .isPresent();
    String amount =
        (unit != null && unit.isSymbolFirst() ? symbol + " " + dose : dose + " " + symbol)
            + (perDay ? bundle.getString("regimen.perDay") : "");
    String sentence = "regimen.schedule." + line.getSchedule();
    String text =
        fill(
            bundle.containsKey(sentence) ? sentence : "regimen.schedule.other",
            line.getAgent(),
            amount,
            name(RegimenTermKind.ROUTE, line.getRoute()),
            name(RegimenTermKind.SCHEDULE, line.getSchedule()));
    if (line.getDurationAmount() != null && line.getDurationUnit() != null) {
      text +=
          fill(
              "regimen.durationText",
              line.getDurationAmount().toString(),
              bundle.getString("regimen.durationUnit." + line.getDurationUnit().name()));
    }
    if (line.getCycleLengthDays() != null && line.getCycleDays() != null) {
      text +=
          fill(
              CycleDays.single(line.getCycleDays()) ? "regimen.cycle.day" : "regimen.cycle.days",
              CycleDays.printed(line.getCycleDays()),
              line.getCycleLengthDays().toString());
      if (line.getCycles() != null) {
        text += fill("regimen.cycle.count", line.getCycles());
      }
    }
    return text;
  }

  /** Every line of a regimen, joined as the protocol would list them. */
  public String format(List<AgentDose> regimen) {
    return regimen.stream()
        .map(this::format)
        .collect(Collectors.joining(bundle.getString("regimen.separator")));
  }

  /** A term's name in the bundle's language; the code itself for a code the list lacks. */
  public String name(RegimenTermKind kind, String code) {
    return terms.find(kind, code).map(this::name).orElse(code);
  }

  private String name(RegimenTerm term) {
    return term.name(bundle.getLocale());
  }

  private String fill(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
  }
}
