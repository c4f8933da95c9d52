package io.clsante.model;

/**
 * The meaning of a dated value of an indicator.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and carries a French {@linkplain #libelle() label}.
 */
public enum TypeValeur implements CodeList {
  /** Valeur de référence. */
  REFERENCE("Valeur de référence"),
  /** Valeur cible. */
  CIBLE("Valeur cible"),
  /** Valeur réalisée. */
  REALISE("Valeur réalisée");

  private final String libelle;

  TypeValeur(String libelle) {
    this.libelle = libelle;
  }

  @Override
  public String libelle() {
    return libelle;
  }
}
