package org.trialdesk.platform.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialdesk.platform.i18n.Messages;

/**
 * Where an imported file has a problem, as people read it: the API's {@code lines[3].arm} is shown
 * as "Line 3, arm" (「3行目・arm」), the column keeping the name it has in the file's header.
 */
@Named
@ApplicationScoped
public class ProblemLocation {

  private static final Pattern LINE = Pattern.compile("lines\\[(\\d+)](?:\\.(.+))?");

  public String of(String field) {
    if (field == null) {
      return "";
    }
    Matcher line = LINE.matcher(field);
    if (!line.matches()) {
      return field;
    }
    var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return line.group(2) == null
        ? Messages.format(locale, "import.line", line.group(1))
        : Messages.format(locale, "import.lineColumn", line.group(1), line.group(2));
  }
}
