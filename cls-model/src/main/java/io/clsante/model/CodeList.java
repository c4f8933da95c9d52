package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A value of one of the model's code lists: a stable upper-snake {@linkplain #code() code}, as
 * written in the JSON format, and a French {@linkplain #libelle() label} for display.
 *
 * <p>Codes never change meaning once published; new values may be added in a minor format
 * version. Implemented by enums only.
 */
public interface CodeList {

  /**
   * Returns the stable code written in JSON, for example {@code SANTE_MENTALE}.
   *
   * @return the code, upper-snake ASCII
   */
  @JsonValue
  default String code() {
    return ((Enum<?>) this).name();
  }

  /**
   * Returns the French label, for example {@code Santé mentale}.
   *
   * @return the label
   */
  String libelle();
}
