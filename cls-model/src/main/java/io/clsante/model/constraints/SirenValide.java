package io.clsante.model.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated character sequence is a valid SIREN (9 chiffres, clé de Luhn), as {@link io.clsante.model.id.Siren#isValid}
 * decides. For applications that keep identifiers as strings in their own forms or entities. Null is
 * valid (combine with {@code @NotNull} when required).
 */
@Documented
@Constraint(validatedBy = IdentifierValidators.SirenValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface SirenValide {
  /**
   * Returns the message template.
   *
   * @return the message key
   */
  String message() default "{io.clsante.model.constraints.SirenValide.message}";

  /**
   * Returns the validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
