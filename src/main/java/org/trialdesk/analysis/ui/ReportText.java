package org.trialdesk.analysis.ui;

import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.trialdesk.platform.i18n.Messages;
import org.trialdesk.trial.entity.Trial;

/** The words of the reports in the page's language: arm names, pooled groups, reasons. */
final class ReportText {

  private ReportText() {}

  static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  static String text(String key, Object... arguments) {
    return Messages.format(locale(), key, arguments);
  }

  /** An arm by its name, or "All subjects" for the pooled group of a blinded trial. */
  static String arm(Trial trial, String code) {
    if (code == null) {
      return text("report.pooled");
    }
    return trial.armName(code, locale());
  }

  /** A reason for not being randomized, from its code ({@code CRITERION:E3}, {@code WITHDRAWN}). */
  static String reason(String code) {
    if (code.startsWith("CRITERION:")) {
      return text("consort.reason.criterion", code.substring("CRITERION:".length()));
    }
    return text("consort.reason." + code);
  }
}
