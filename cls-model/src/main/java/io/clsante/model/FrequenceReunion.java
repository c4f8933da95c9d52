package io.clsante.model;

import io.clsante.model.format.Description;

/**
 * How often a governance instance meets, as the contract says it.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and has a {@linkplain #label(java.util.Locale) label} in French and in English.
 */
@Description("Rythme des réunions d'une instance de gouvernance.")
public enum FrequenceReunion implements CodeList {
  /** Mensuelle. */
  MENSUELLE,
  /** Trimestrielle. */
  TRIMESTRIELLE,
  /** Semestrielle. */
  SEMESTRIELLE,
  /** Annuelle. */
  ANNUELLE,
  /** Selon les besoins. */
  SELON_BESOINS
}
