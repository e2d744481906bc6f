package org.trialdesk.trial.control;

import java.util.ArrayList;
import java.util.List;
import org.trialdesk.platform.validation.Refusal;
import org.trialdesk.trial.entity.AgentDose;
import org.trialdesk.trial.entity.RegimenTermKind;

/**
 * What a regimen line must satisfy beyond its own constraints: its unit, route and schedule are
 * terms of the vocabulary, and its cycle, if any, is whole — a length, the days of administration
 * within it, and no day past its end.
 */
public final class RegimenRules {

  private RegimenRules() {}

  /** Every refusal of {@code lines}, named {@code prefix[i].field} as in the request document. */
  public static List<Refusal> refusals(RegimenTerms terms, List<AgentDose> lines, String prefix) {
    List<Refusal> refusals = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      AgentDose line = lines.get(i);
      String at = prefix + "[" + i + "].";
      known(terms, RegimenTermKind.UNIT, line.getUnit(), at + "unit", refusals);
      known(terms, RegimenTermKind.ROUTE, line.getRoute(), at + "route", refusals);
      known(terms, RegimenTermKind.SCHEDULE, line.getSchedule(), at + "schedule", refusals);
      cycle(line, at, refusals);
    }
    return refusals;
  }

  /** Writes each line's cycle days in their stored form; call once {@link #refusals} is empty. */
  public static void normalize(List<AgentDose> lines) {
    for (AgentDose line : lines) {
      CycleDays.parse(line.getCycleDays())
          .ifPresent(spans -> line.setCycleDays(CycleDays.normal(spans)));
    }
  }

  private static void known(
      RegimenTerms terms, RegimenTermKind kind, String code, String field, List<Refusal> out) {
    if (code != null && !code.isBlank() && terms.find(kind, code).isEmpty()) {
      out.add(Refusal.of(field, "regimen.term.unknown", code, codesOf(terms, kind)));
    }
  }

  /** The codes of a list, so the message can say what is allowed. */
  public static String codesOf(RegimenTerms terms, RegimenTermKind kind) {
    return String.join(", ", terms.of(kind).stream().map(t -> t.getCode()).toList());
  }

  private static void cycle(AgentDose line, String at, List<Refusal> out) {
    boolean days = line.getCycleDays() != null && !line.getCycleDays().isBlank();
    if (line.getCycleLengthDays() == null) {
      if (days || line.getCycles() != null) {
        out.add(Refusal.of(at + "cycleLengthDays", "regimen.cycle.lengthRequired"));
      }
      return;
    }
    if (!days) {
      out.add(Refusal.of(at + "cycleDays", "regimen.cycle.daysRequired"));
      return;
    }
    var spans = CycleDays.parse(line.getCycleDays());
    if (spans.isEmpty()) {
      out.add(Refusal.of(at + "cycleDays", "regimen.cycle.daysFormat", line.getCycleDays()));
    } else if (CycleDays.lastDay(spans.get()) > line.getCycleLengthDays()) {
      out.add(
          Refusal.of(
              at + "cycleDays",
              "regimen.cycle.dayBeyond",
              CycleDays.lastDay(spans.get()),
              line.getCycleLengthDays()));
    }
  }
}
