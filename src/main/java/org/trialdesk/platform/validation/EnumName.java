package org.trialdesk.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

/**
 * The string is the name of one of the constants of {@link #value()}. API documents carry codes as
 * strings so that an unknown code is reported against its field rather than as unreadable JSON.
 */
@Documented
@Constraint(validatedBy = EnumName.Validator.class)
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT,
  ElementType.TYPE_USE,
  ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface EnumName {

  Class<? extends Enum<?>> value();

  String message() default "{org.trialdesk.validation.EnumName.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Accepts null (use {@code @NotNull} for required codes) and any constant's exact name. */
  class Validator implements ConstraintValidator<EnumName, String> {

    private String[] names;

    @Override
    public void initialize(EnumName annotation) {
      names =
          Arrays.stream(annotation.value().getEnumConstants())
              .map(Enum::name)
              .toArray(String[]::new);
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || Arrays.asList(names).contains(value)) {
        return true;
      }
      // The allowed codes are appended to the (translated) message rather than passed as a
      // parameter, so the message survives being interpolated again in another language.
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(
              context.getDefaultConstraintMessageTemplate() + " " + String.join(", ", names))
          .addConstraintViolation();
      return false;
    }
  }
}
