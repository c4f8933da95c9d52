package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A value of one of the model's code lists: a stable upper-snake {@linkplain #code() code}, as
 * written in the JSON format, and a {@linkplain #label(Locale) label} for display, in French or in
 * English.
 *
 * <p>Example: {@code StatutContrat.EN_VIGUEUR} has the code {@code EN_VIGUEUR} and the labels
 * "En vigueur" in French and "in force" in English.
 *
 * <p>The labels are in the resource bundle {@code io.clsante.model.labels} of this module, under the
 * key {@code <Enum>.<CODE>} (for example {@code StatutContrat.EN_VIGUEUR}); French is the base file.
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
   * @return the label, as {@code label(Locale.FRENCH)} gives it
   */
  default String libelle() {
    return label(Locale.FRENCH);
  }

  /**
   * Returns the label in a language: English when the locale's language is English, French
   * otherwise (the default).
   *
   * @param locale the language; null stands for French
   * @return for example {@code Santé mentale} or {@code mental health}
   */
  default String label(Locale locale) {
    ResourceBundle labels = ResourceBundle.getBundle("io.clsante.model.labels",
        locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH);
    return labels.getString(((Enum<?>) this).getDeclaringClass().getSimpleName() + "." + code());
  }
}
