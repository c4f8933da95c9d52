package io.clsante.model;

/**
 * The precision of a calendar date: a day, a month, a quarter, a semester or a year.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and has a {@linkplain #label(java.util.Locale) label} in French and in English.
 */
public enum PrecisionDate implements CodeList {
  /** Jour. */
  JOUR,
  /** Mois. */
  MOIS,
  /** Trimestre. */
  TRIMESTRE,
  /** Semestre. */
  SEMESTRE,
  /** Année. */
  ANNEE
}
