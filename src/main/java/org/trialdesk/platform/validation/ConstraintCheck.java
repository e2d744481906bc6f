package org.trialdesk.platform.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.trialdesk.platform.error.FieldError;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.error.InvalidInputException;
import org.trialdesk.platform.i18n.CallerLocale;
import org.trialdesk.platform.i18n.Messages;
import org.trialdesk.platform.i18n.SupportedLocales;

/**
 * Checks a request document or an entity against its Bean Validation constraints before anything is
 * stored, and refuses it as a whole with every offending field named, in the caller's language. The
 * API calls it explicitly rather than leaving it to the REST layer, so that pages and API refuse
 * the same things with the same messages.
 */
@ApplicationScoped
public class ConstraintCheck {

  @Inject ValidatorFactory factory;
  @Inject CallerLocale callerLocale;

  public <T> T require(T object) {
    if (object == null) {
      throw new InvalidInputException(null, "problem.bodyRequired");
    }
    List<FieldError> errors =
        factory
            .usingContext()
            .messageInterpolator(interpolator())
            .getValidator()
            .validate(object)
            .stream()
            .map(v -> new FieldError(ViolationPaths.fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    return object;
  }

  /** Refuses the request with every refusal a rule found, in the caller's language; none, none. */
  public void refuse(List<Refusal> refusals) {
    if (!refusals.isEmpty()) {
      throw new InvalidFieldsException(
          refusals.stream().map(r -> error(r.field(), r.key(), r.arguments().toArray())).toList());
    }
  }

  /** A message of the bundle in the caller's language, for errors found by the services. */
  public FieldError error(String field, String key, Object... arguments) {
    return new FieldError(field, Messages.format(locale(), key, arguments));
  }

  /** The standard interpolator, always in the caller's language. */
  private MessageInterpolator interpolator() {
    MessageInterpolator standard = factory.getMessageInterpolator();
    Locale locale = locale();
    return new MessageInterpolator() {
      @Override
      public String interpolate(String template, Context context) {
        return standard.interpolate(template, context, locale);
      }

      @Override
      public String interpolate(String template, Context context, Locale ignored) {
        return standard.interpolate(template, context, locale);
      }
    };
  }

  private Locale locale() {
    try {
      return callerLocale.get();
    } catch (ContextNotActiveException outsideARequest) {
      return SupportedLocales.ALL.get(0);
    }
  }
}
