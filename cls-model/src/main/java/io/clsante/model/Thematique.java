package io.clsante.model;

/**
 * A theme of public health policy, used to tag strategic axes and fiches actions.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and carries a French {@linkplain #libelle() label}.
 */
public enum Thematique implements CodeList {
  /** Accès aux soins. */
  ACCES_SOINS("Accès aux soins"),
  /** Accès aux droits. */
  ACCES_DROITS("Accès aux droits"),
  /** Soins urgents et non programmés. */
  SOINS_URGENTS("Soins urgents et non programmés"),
  /** Prévention et promotion de la santé. */
  PREVENTION_PROMOTION_SANTE("Prévention et promotion de la santé"),
  /** Santé mentale. */
  SANTE_MENTALE("Santé mentale"),
  /** Santé environnementale. */
  SANTE_ENVIRONNEMENTALE("Santé environnementale"),
  /** Autonomie et vieillissement. */
  AUTONOMIE_VIEILLISSEMENT("Autonomie et vieillissement"),
  /** Handicap. */
  HANDICAP("Handicap"),
  /** Parcours de santé. */
  PARCOURS("Parcours de santé"),
  /** Attractivité et démographie médicale. */
  ATTRACTIVITE_DEMOGRAPHIE_MEDICALE("Attractivité et démographie médicale"),
  /** Coordination des acteurs. */
  COORDINATION("Coordination des acteurs"),
  /** Nutrition et activité physique. */
  NUTRITION_ACTIVITE_PHYSIQUE("Nutrition et activité physique"),
  /** Addictions. */
  ADDICTIONS("Addictions"),
  /** Santé des enfants et des jeunes. */
  SANTE_JEUNES("Santé des enfants et des jeunes"),
  /** Précarité et inégalités sociales de santé. */
  PRECARITE("Précarité et inégalités sociales de santé"),
  /** Autre. */
  AUTRE("Autre");

  private final String libelle;

  Thematique(String libelle) {
    this.libelle = libelle;
  }

  @Override
  public String libelle() {
    return libelle;
  }
}
