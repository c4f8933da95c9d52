package io.clsante.model.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.clsante.model.format.Description;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated string is a local id: 1 to 64 ASCII letters, digits, {@code -}, {@code _} or
 * {@code .}, starting with a letter or digit, for example {@code ars-occitanie} or {@code fa-1.2}.
 * Null is valid (combine with {@code @NotNull} when required).
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = IdentifiantLocal.REGEX)
// No minimum length: the pattern needs a first character already.
@Size(max = 64)
@jakarta.validation.ReportAsSingleViolation
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Description(value = "Identifiant local d'un élément du document : 1 à 64 caractères ASCII, lettres, "
    + "chiffres, « _ », « . » ou « - », commençant par une lettre ou un chiffre.",
    examples = {"\"ars-occitanie\"", "\"fa-1.2\"", "\"cls-astarac-2025\""})
public @interface IdentifiantLocal {
  /** The pattern of a local id, in the regex subset shared by Java and ECMA-262. */
  String REGEX = "^[A-Za-z0-9][A-Za-z0-9_.-]*$";

  /**
   * Returns the message template.
   *
   * @return the message key
   */
  String message() default "{io.clsante.model.constraints.IdentifiantLocal.message}";

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
