package org.trialdesk.safety.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.trialdesk.platform.error.NotFoundException;
import org.trialdesk.safety.boundary.CtcaeDictionary;
import org.trialdesk.safety.entity.CtcaeTerm;

/**
 * A CTCAE term in a form, by its MedDRA code: what the term search offers and what the form posts.
 * Managed by CDI (a bean of its own: the archive discovers annotated beans only), so it reads the
 * dictionary through its boundary.
 */
@ApplicationScoped
@FacesConverter(value = "ctcaeTerm", managed = true)
public class CtcaeTermConverter implements Converter<CtcaeTerm> {

  @Inject CtcaeDictionary dictionary;

  @Override
  public CtcaeTerm getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || !value.matches("\\d{1,18}")) {
      // Anything but a code the search offered is no term; the form then says a term is needed.
      return null;
    }
    try {
      return dictionary.find(Long.parseLong(value));
    } catch (NotFoundException unknown) {
      return null;
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, CtcaeTerm term) {
    return term == null ? "" : String.valueOf(term.getMeddraCode());
  }
}
