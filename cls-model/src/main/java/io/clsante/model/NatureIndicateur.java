package io.clsante.model;

/**
 * Whether an indicator's values are numbers or text.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and carries a French {@linkplain #libelle() label}.
 */
public enum NatureIndicateur implements CodeList {
  /** Quantitatif. */
  QUANTITATIF("Quantitatif"),
  /** Qualitatif. */
  QUALITATIF("Qualitatif");

  private final String libelle;

  NatureIndicateur(String libelle) {
    this.libelle = libelle;
  }

  @Override
  public String libelle() {
    return libelle;
  }
}
