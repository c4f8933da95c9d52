package io.clsante.model.format;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a model type whose value may be written, in short, as one string: the value of one of its
 * properties, the others left out. The published schema admits both forms; the structural pass
 * reads the string as that property's value would be read.
 *
 * <p>It is how a value written as a string in a version of the format becomes an object in a later
 * one without making earlier documents invalid: {@code @Shorthand("acteur") @Since("1.1")} on
 * {@code Intervenant} reads {@code "acteur-1"} as {@code {"acteur": "acteur-1"}}. The other
 * properties of the type are optional.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Shorthand {
  /**
   * Returns the JSON name of the property the string fills: a string or a value type written as a
   * string.
   *
   * @return the property name
   */
  String value();
}
