package io.clsante.model;

import io.clsante.model.format.Description;

/**
 * The meaning of a dated value of an indicator.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and has a {@linkplain #label(java.util.Locale) label} in French and in English.
 */
@Description("Sens d'une valeur datée d'un indicateur : référence, cible ou réalisé.")
public enum TypeValeur implements CodeList {
  /** Valeur de référence. */
  REFERENCE,
  /** Valeur cible. */
  CIBLE,
  /** Valeur réalisée. */
  REALISE
}
