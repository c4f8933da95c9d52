package io.clsante.model;

/**
 * The progress status of a fiche action.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and carries a French {@linkplain #libelle() label}.
 */
public enum StatutFiche implements CodeList {
  /** À venir. */
  A_VENIR("À venir"),
  /** En cours. */
  EN_COURS("En cours"),
  /** Réalisée. */
  REALISEE("Réalisée"),
  /** En pause. */
  EN_PAUSE("En pause"),
  /** Abandonnée. */
  ABANDONNEE("Abandonnée"),
  /** Bloquée. */
  BLOQUEE("Bloquée"),
  /** En retard. */
  EN_RETARD("En retard");

  private final String libelle;

  StatutFiche(String libelle) {
    this.libelle = libelle;
  }

  @Override
  public String libelle() {
    return libelle;
  }
}
