package io.clsante.model;

/**
 * How often an indicator is collected.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and carries a French {@linkplain #libelle() label}.
 */
public enum FrequenceCollecte implements CodeList {
  /** Mensuelle. */
  MENSUELLE("Mensuelle"),
  /** Trimestrielle. */
  TRIMESTRIELLE("Trimestrielle"),
  /** Semestrielle. */
  SEMESTRIELLE("Semestrielle"),
  /** Annuelle. */
  ANNUELLE("Annuelle"),
  /** Pluriannuelle. */
  PLURIANNUELLE("Pluriannuelle"),
  /** En fin de contrat. */
  FIN_DE_CONTRAT("En fin de contrat");

  private final String libelle;

  FrequenceCollecte(String libelle) {
    this.libelle = libelle;
  }

  @Override
  public String libelle() {
    return libelle;
  }
}
