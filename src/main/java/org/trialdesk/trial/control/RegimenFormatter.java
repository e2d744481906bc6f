package org.trialdesk.trial.control;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.trialdesk.trial.entity.AgentDose;

/**
 * Reads a structured regimen line aloud in the bundle's language, e.g. "IL-2 7 × 10⁵ U/day,
 * continuous hepatic arterial infusion". Sentence shapes live in the bundle because word order
 * differs between English and Japanese.
 */
public final class RegimenFormatter {

  private final ResourceBundle bundle;

  public RegimenFormatter(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  public String format(AgentDose line) {
    String amount =
        DoseAmounts.format(line.getDose())
            + " "
            + line.getUnit().symbol()
            + (line.getSchedule().perDay() ? bundle.getString("regimen.perDay") : "");
    String text =
        fill(
            "regimen.schedule." + line.getSchedule().name(),
            line.getAgent(),
            amount,
            bundle.getString("regimen.route." + line.getRoute().name()));
    if (line.getDurationAmount() != null && line.getDurationUnit() != null) {
      text +=
          fill(
              "regimen.durationText",
              line.getDurationAmount(),
              bundle.getString("regimen.durationUnit." + line.getDurationUnit().name()));
    }
    return text;
  }

  /** Every line of a regimen, joined as the protocol would list them. */
  public String format(List<AgentDose> regimen) {
    return regimen.stream()
        .map(this::format)
        .collect(Collectors.joining(bundle.getString("regimen.separator")));
  }

  private String fill(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
  }
}
