package io.clsante.model.format;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a value type written in JSON as one string, and states the form that string has in the
 * published JSON Schema. The type's own {@code parse} may check more (a checksum, a real date):
 * what it refuses beyond the pattern is reported as an invalid value, not as a schema problem.
 *
 * <p>Example: {@code @JsonString(pattern = "^[0-9]{9}$")} on {@code Siren}. {@code LocalDate},
 * which the model cannot annotate, is described on the model's reader of dates
 * ({@code io.clsante.model.json.StrictLocalDate}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface JsonString {
  /**
   * Returns the regular expression the string matches, in the subset shared by ECMA-262 and
   * {@code java.util.regex}, anchored by {@code ^} and {@code $}.
   *
   * @return the pattern
   */
  String pattern();
}
