package io.clsante.model.format;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an optional property that earlier minor versions of the format require: a document that
 * declares an earlier {@code formatVersion} must still hold it, as the published schema of that
 * version says.
 *
 * <p>Example: {@code @OptionalSince("1.1")} on {@code Indicateur.niveau()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OptionalSince {
  /**
   * Returns the version from which the property may be left out, {@code MAJOR.MINOR}, later than
   * {@code 1.0}.
   *
   * @return the version
   */
  String value();
}
