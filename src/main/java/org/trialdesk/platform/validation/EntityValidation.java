package org.trialdesk.platform.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import org.trialdesk.platform.i18n.CallerLocale;
import org.trialdesk.platform.i18n.SupportedLocales;

/**
 * Validates an entity before it is stored, so that a bad document is refused as a whole, with every
 * offending field named in the caller's language, before anything reaches the database.
 */
@ApplicationScoped
public class EntityValidation {

  @Inject ValidatorFactory factory;
  @Inject CallerLocale callerLocale;

  public <T> T require(T entity) {
    MessageInterpolator standard = factory.getMessageInterpolator();
    Locale locale = locale();
    Set<ConstraintViolation<T>> violations =
        factory
            .usingContext()
            .messageInterpolator(
                new MessageInterpolator() {
                  @Override
                  public String interpolate(String template, Context context) {
                    return standard.interpolate(template, context, locale);
                  }

                  @Override
                  public String interpolate(String template, Context context, Locale ignored) {
                    return standard.interpolate(template, context, locale);
                  }
                })
            .getValidator()
            .validate(entity);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return entity;
  }

  private Locale locale() {
    try {
      return callerLocale.get();
    } catch (ContextNotActiveException outsideARequest) {
      return SupportedLocales.ALL.get(0);
    }
  }
}
