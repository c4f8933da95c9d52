package io.clsante.model;

import io.clsante.model.format.Description;

/**
 * The lifecycle status of a contract, from préfiguration to its end or renewal.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and has a {@linkplain #label(java.util.Locale) label} in French and in English.
 */
@Description("Statut du contrat dans son cycle de vie, de la préfiguration à son échéance ou à son "
    + "renouvellement.")
public enum StatutContrat implements CodeList {
  /** En préfiguration. */
  EN_PREFIGURATION,
  /** En diagnostic. */
  EN_DIAGNOSTIC,
  /** En élaboration. */
  EN_ELABORATION,
  /** Signé. */
  SIGNE,
  /** En vigueur. */
  EN_VIGUEUR,
  /** En évaluation. */
  EN_EVALUATION,
  /** Échu. */
  ECHU,
  /** Résilié. */
  RESILIE,
  /** Renouvelé. */
  RENOUVELE;

  /**
   * Tells whether a contract in this status has been signed: {@link #SIGNE} and every later status
   * ({@link #EN_VIGUEUR}, {@link #EN_EVALUATION}, {@link #ECHU}, {@link #RESILIE},
   * {@link #RENOUVELE}).
   *
   * @return true once the contract is signed
   */
  public boolean isSigne() {
    return compareTo(SIGNE) >= 0;
  }
}
