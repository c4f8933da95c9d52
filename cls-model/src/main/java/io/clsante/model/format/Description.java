package io.clsante.model.format;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The French description of a part of the JSON format, as the published JSON Schema gives it: on
 * a model type (its {@code $defs} entry), on an accessor carrying {@code @JsonProperty} (its
 * property), on a code list (the schema appends its codes and their labels: "Valeurs — CODE :
 * libellé ; …"), on a value type written as a string, or on a constraint shared as a definition
 * ({@code @IdentifiantLocal}). Read at build time by the generator of the schema, which stops the
 * compilation when a part of the format has none; the Javadoc next to it stays the description
 * for Java developers.
 *
 * <p>Example: {@code @Description("Intitulé du contrat.")}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Description {
  /**
   * Returns the description, in French, one or more sentences.
   *
   * @return the text
   */
  String value();

  /**
   * Returns example values, each written as JSON text (a string value keeps its quotes:
   * {@code "\"2025-T4\""}), in the order the schema lists them.
   *
   * @return the examples, none by default
   */
  String[] examples() default {};
}
