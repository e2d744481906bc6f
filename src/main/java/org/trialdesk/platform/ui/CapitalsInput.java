package org.trialdesk.platform.ui;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A field of capital letters, such as a subject's initials, as people type it: "ty", or full-width
 * "ＴＹ" from a Japanese input method, is the "TY" they mean. Converted before validation, so the
 * field's rules judge the capitals, not the keystrokes.
 */
@FacesConverter("trialdesk.capitals")
public class CapitalsInput implements Converter<String> {

  @Override
  public String getAsObject(FacesContext faces, UIComponent component, String typed) {
    return typed == null || typed.isBlank() ? null : capitals(typed);
  }

  @Override
  public String getAsString(FacesContext faces, UIComponent component, String value) {
    return value == null ? "" : value;
  }

  static String capitals(String typed) {
    return Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
  }
}
