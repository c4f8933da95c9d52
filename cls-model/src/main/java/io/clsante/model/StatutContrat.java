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
}
