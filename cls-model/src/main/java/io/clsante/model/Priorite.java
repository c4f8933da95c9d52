package io.clsante.model;

/**
 * The priority given to a fiche action.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and carries a French {@linkplain #libelle() label}.
 */
public enum Priorite implements CodeList {
  /** Haute. */
  HAUTE("Haute"),
  /** Moyenne. */
  MOYENNE("Moyenne"),
  /** Basse. */
  BASSE("Basse");

  private final String libelle;

  Priorite(String libelle) {
    this.libelle = libelle;
  }

  @Override
  public String libelle() {
    return libelle;
  }
}
