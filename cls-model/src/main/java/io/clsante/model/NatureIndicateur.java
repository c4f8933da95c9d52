package io.clsante.model;

import io.clsante.model.format.Description;

/**
 * Whether an indicator's values are numbers or text.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and has a {@linkplain #label(java.util.Locale) label} in French and in English.
 */
@Description("Nature des valeurs d'un indicateur : nombres (quantitatif) ou textes (qualitatif).")
public enum NatureIndicateur implements CodeList {
  /** Quantitatif. */
  QUANTITATIF,
  /** Qualitatif. */
  QUALITATIF
}
