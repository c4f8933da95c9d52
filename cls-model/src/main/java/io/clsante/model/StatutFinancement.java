package io.clsante.model;

/**
 * How certain a funding is: secured, planned, or still to be defined (then without amount).
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and carries a French {@linkplain #libelle() label}.
 */
public enum StatutFinancement implements CodeList {
  /** Acquis. */
  ACQUIS("Acquis"),
  /** Prévisionnel. */
  PREVISIONNEL("Prévisionnel"),
  /** À définir. */
  A_DEFINIR("À définir");

  private final String libelle;

  StatutFinancement(String libelle) {
    this.libelle = libelle;
  }

  @Override
  public String libelle() {
    return libelle;
  }
}
