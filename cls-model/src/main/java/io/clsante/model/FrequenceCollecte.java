package io.clsante.model;

import io.clsante.model.format.Description;

/**
 * How often an indicator is collected.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and has a {@linkplain #label(java.util.Locale) label} in French and in English.
 */
@Description("Fréquence de collecte d'un indicateur.")
public enum FrequenceCollecte implements CodeList {
  /** Mensuelle. */
  MENSUELLE,
  /** Trimestrielle. */
  TRIMESTRIELLE,
  /** Semestrielle. */
  SEMESTRIELLE,
  /** Annuelle. */
  ANNUELLE,
  /** Pluriannuelle. */
  PLURIANNUELLE,
  /** En fin de contrat. */
  FIN_DE_CONTRAT
}
