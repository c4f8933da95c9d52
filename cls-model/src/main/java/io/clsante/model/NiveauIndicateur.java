package io.clsante.model;

import io.clsante.model.format.Description;

/**
 * The level an indicator measures: the process, its results, or its impact on health.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and has a {@linkplain #label(java.util.Locale) label} in French and in English.
 */
@Description("Ce que mesure un indicateur : le processus, ses résultats, ou son impact sur la santé.")
public enum NiveauIndicateur implements CodeList {
  /** Processus. */
  PROCESSUS,
  /** Résultat. */
  RESULTAT,
  /** Impact. */
  IMPACT
}
