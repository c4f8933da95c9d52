package io.clsante.model;

/**
 * The kind of an evaluation of the contract.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and carries a French {@linkplain #libelle() label}.
 */
public enum TypeEvaluation implements CodeList {
  /** Évaluation annuelle. */
  ANNUELLE("Évaluation annuelle"),
  /** Évaluation intermédiaire. */
  INTERMEDIAIRE("Évaluation intermédiaire"),
  /** Évaluation finale. */
  FINALE("Évaluation finale");

  private final String libelle;

  TypeEvaluation(String libelle) {
    this.libelle = libelle;
  }

  @Override
  public String libelle() {
    return libelle;
  }
}
