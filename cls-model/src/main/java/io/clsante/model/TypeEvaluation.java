package io.clsante.model;

import io.clsante.model.format.Description;

/**
 * The kind of an evaluation of the contract.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and has a {@linkplain #label(java.util.Locale) label} in French and in English.
 */
@Description("Nature d'une évaluation du contrat.")
public enum TypeEvaluation implements CodeList {
  /** Évaluation annuelle. */
  ANNUELLE,
  /** Évaluation intermédiaire. */
  INTERMEDIAIRE,
  /** Évaluation finale. */
  FINALE
}
