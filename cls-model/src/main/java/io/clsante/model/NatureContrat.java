package io.clsante.model;

/**
 * The nature of the contract: a contrat de préfiguration, signed while the CLS is prepared, or the contrat local de santé itself.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and carries a French {@linkplain #libelle() label}.
 */
public enum NatureContrat implements CodeList {
  /** Contrat de préfiguration. */
  CONTRAT_PREFIGURATION("Contrat de préfiguration"),
  /** Contrat local de santé. */
  CLS("Contrat local de santé");

  private final String libelle;

  NatureContrat(String libelle) {
    this.libelle = libelle;
  }

  @Override
  public String libelle() {
    return libelle;
  }
}
