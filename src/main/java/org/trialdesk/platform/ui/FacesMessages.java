package org.trialdesk.platform.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.function.Function;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.FieldError;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.error.UnmetConditionsException;
import org.trialdesk.platform.i18n.Messages;

/**
 * Shows what the boundary refused next to the field it is about, in the page's language. Pages name
 * the component that edits each field of the request ({@code "code" → "editor:code"}); a field the
 * page does not name is reported at the top of the page.
 */
public final class FacesMessages {

  private FacesMessages() {}

  public static void info(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = Messages.format(faces.getViewRoot().getLocale(), key, arguments);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }

  /**
   * Shows a refusal of the boundary ({@link DomainException} or {@link InvalidFieldsException}).
   */
  public static void error(RuntimeException refusal, Map<String, String> componentOfField) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (refusal instanceof InvalidFieldsException invalid) {
      for (FieldError error : invalid.errors()) {
        add(faces, componentOf(componentOfField, error.field()), error.message());
      }
    } else if (refusal instanceof DomainException domain) {
      String text =
          Messages.format(faces.getViewRoot().getLocale(), domain.messageKey(), domain.arguments());
      String component = componentOf(componentOfField, domain.field());
      add(faces, component, text);
      if (refusal instanceof UnmetConditionsException unmet) {
        // Each unmet condition next to the refused action, so the whole list is read in one place.
        for (UnmetConditionsException.Condition condition : unmet.conditions()) {
          add(
              faces,
              component,
              Messages.format(
                  faces.getViewRoot().getLocale(),
                  condition.messageKey(),
                  condition.arguments().toArray()));
        }
      }
    } else {
      throw refusal;
    }
  }

  /**
   * Like {@link #error(RuntimeException, Map)} for forms with repeated rows: {@code clientIdOf}
   * names the client id of a field's component ({@code targets[2].organ} → {@code
   * baseline:targets:2:organ}), or null to report the field at the top of the page.
   */
  public static void errorAt(RuntimeException refusal, Function<String, String> clientIdOf) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (refusal instanceof InvalidFieldsException invalid) {
      invalid.errors().forEach(e -> addAt(faces, clientIdOf.apply(e.field()), e.message()));
    } else if (refusal instanceof DomainException domain) {
      String text =
          Messages.format(faces.getViewRoot().getLocale(), domain.messageKey(), domain.arguments());
      addAt(faces, domain.field() == null ? null : clientIdOf.apply(domain.field()), text);
    } else {
      throw refusal;
    }
  }

  private static void addAt(FacesContext faces, String clientId, String text) {
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    faces.validationFailed();
  }

  /** A refusal without a field (or one the page does not name) goes to the top of the page. */
  private static String componentOf(Map<String, String> componentOfField, String field) {
    return field == null ? null : componentOfField.get(field);
  }

  private static void add(FacesContext faces, String componentId, String text) {
    FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
    UIComponent component =
        componentId == null ? null : faces.getViewRoot().findComponent(componentId);
    faces.addMessage(component == null ? null : component.getClientId(faces), message);
    faces.validationFailed();
  }
}
