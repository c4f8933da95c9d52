package io.clsante.model;

import io.clsante.model.format.Description;

/**
 * The priority given to a fiche action.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and has a {@linkplain #label(java.util.Locale) label} in French and in English.
 */
@Description("Priorité donnée à une fiche action.")
public enum Priorite implements CodeList {
  /** Haute. */
  HAUTE,
  /** Moyenne. */
  MOYENNE,
  /** Basse. */
  BASSE
}
