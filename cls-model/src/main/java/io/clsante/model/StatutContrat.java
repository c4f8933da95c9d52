package io.clsante.model;

/**
 * The lifecycle status of a contract, from préfiguration to its end or renewal.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and carries a French {@linkplain #libelle() label}.
 */
public enum StatutContrat implements CodeList {
  /** En préfiguration. */
  EN_PREFIGURATION("En préfiguration"),
  /** En diagnostic. */
  EN_DIAGNOSTIC("En diagnostic"),
  /** En élaboration. */
  EN_ELABORATION("En élaboration"),
  /** Signé. */
  SIGNE("Signé"),
  /** En vigueur. */
  EN_VIGUEUR("En vigueur"),
  /** En évaluation. */
  EN_EVALUATION("En évaluation"),
  /** Échu. */
  ECHU("Échu"),
  /** Résilié. */
  RESILIE("Résilié"),
  /** Renouvelé. */
  RENOUVELE("Renouvelé");

  private final String libelle;

  StatutContrat(String libelle) {
    this.libelle = libelle;
  }

  @Override
  public String libelle() {
    return libelle;
  }

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
