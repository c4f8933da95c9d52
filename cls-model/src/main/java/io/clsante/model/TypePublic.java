package io.clsante.model;

/**
 * A target public of a fiche action.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and carries a French {@linkplain #libelle() label}.
 */
public enum TypePublic implements CodeList {
  /** Tout public. */
  TOUT_PUBLIC("Tout public"),
  /** Petite enfance. */
  PETITE_ENFANCE("Petite enfance"),
  /** Enfants. */
  ENFANTS("Enfants"),
  /** Adolescents et jeunes adultes. */
  JEUNES("Adolescents et jeunes adultes"),
  /** Familles et parents. */
  FAMILLES("Familles et parents"),
  /** Personnes âgées. */
  PERSONNES_AGEES("Personnes âgées"),
  /** Personnes en situation de handicap. */
  PERSONNES_HANDICAPEES("Personnes en situation de handicap"),
  /** Personnes en situation de précarité. */
  PERSONNES_PRECAIRES("Personnes en situation de précarité"),
  /** Femmes. */
  FEMMES("Femmes"),
  /** Aidants. */
  AIDANTS("Aidants"),
  /** Professionnels de santé. */
  PROFESSIONNELS_SANTE("Professionnels de santé"),
  /** Élus. */
  ELUS("Élus"),
  /** Autre public. */
  AUTRE("Autre public");

  private final String libelle;

  TypePublic(String libelle) {
    this.libelle = libelle;
  }

  @Override
  public String libelle() {
    return libelle;
  }
}
