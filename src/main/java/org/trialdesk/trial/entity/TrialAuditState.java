package org.trialdesk.trial.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A trial's audited fields as text: what the audit trail compares before and after a change, and
 * what {@code factors} the service holds frozen once recruiting starts.
 */
final class TrialAuditState {

  private TrialAuditState() {}

  static Map<String, String> of(Trial trial) {
    Map<String, String> state = new LinkedHashMap<>();
    state.put("code", trial.getCode());
    state.put("title", trial.getTitle());
    state.put("titleJa", trial.getTitleJa());
    state.put("phase", String.valueOf(trial.getPhase()));
    state.put("status", String.valueOf(trial.getStatus()));
    state.put("targetEnrollment", String.valueOf(trial.getTargetEnrollment()));
    state.put("blinded", String.valueOf(trial.isBlinded()));
    state.put("saeDeadlineHours", String.valueOf(trial.getSaeDeadlineHours()));
    state.put("responseConfirmation", String.valueOf(trial.isResponseConfirmation()));
    state.put(
        "factors",
        factors(trial.getFactors(), StratificationFactor::getName, FactorLevel::getName));
    state.put(
        "criteria",
        trial.getCriteria().stream()
            .map(c -> c.getCode() + " " + c.getType() + ": " + c.getText())
            .collect(Collectors.joining("; ")));
    // Japanese forms apart from "factors", which is frozen with the strata once recruiting starts:
    // a translation may be added to an open trial.
    state.put(
        "japanese",
        factors(trial.getFactors(), StratificationFactor::getNameJa, FactorLevel::getNameJa)
            + " | "
            + trial.getCriteria().stream()
                .map(c -> c.getCode() + ": " + c.getTextJa())
                .collect(Collectors.joining("; ")));
    return state;
  }

  /** {@code site (Site); resectability (…): R (Resected), U (Unresectable)} in the names given. */
  private static String factors(
      List<StratificationFactor> factors,
      Function<StratificationFactor, String> name,
      Function<FactorLevel, String> levelName) {
    return factors.stream()
        .map(
            f ->
                f.getCode()
                    + " ("
                    + name.apply(f)
                    + ")"
                    + f.getLevels().stream()
                        .map(l -> l.getCode() + " (" + levelName.apply(l) + ")")
                        .collect(Collectors.joining(", ", ": ", "")))
        .collect(Collectors.joining("; "));
  }
}
