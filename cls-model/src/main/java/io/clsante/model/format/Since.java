package io.clsante.model.format;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks what a minor version of the format added: a property (on its accessor), a code of a code
 * list (on the constant), or the object form of a value that earlier versions write as a string
 * only (on the type).
 *
 * <p>A document that declares an earlier {@code formatVersion} may not use it: the structural pass
 * reports it as the published schema of that version does (an unknown property, a value outside
 * the list, a value of the wrong type). A property added this way is optional.
 *
 * <p>Example: {@code @Since("1.1")} on {@code Operation.partenaires()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE})
public @interface Since {
  /**
   * Returns the version that added the element, {@code MAJOR.MINOR}, later than {@code 1.0}.
   *
   * @return the version
   */
  String value();
}
