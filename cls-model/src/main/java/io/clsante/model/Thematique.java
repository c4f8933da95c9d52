package io.clsante.model;

import io.clsante.model.format.Description;
import io.clsante.model.format.Since;

/**
 * A theme of public health policy, used to tag strategic axes and fiches actions.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and has a {@linkplain #label(java.util.Locale) label} in French and in English.
 */
@Description("Thématique de santé publique, pour qualifier les axes et les fiches actions.")
public enum Thematique implements CodeList {
  /** Accès aux soins. */
  ACCES_SOINS,
  /** Accès aux droits. */
  ACCES_DROITS,
  /** Soins urgents et non programmés. */
  SOINS_URGENTS,
  /** Prévention et promotion de la santé. */
  PREVENTION_PROMOTION_SANTE,
  /** Santé mentale. */
  SANTE_MENTALE,
  /** Santé environnementale. */
  SANTE_ENVIRONNEMENTALE,
  /** Autonomie et vieillissement. */
  AUTONOMIE_VIEILLISSEMENT,
  /** Handicap. */
  HANDICAP,
  /** Parcours de santé. */
  PARCOURS,
  /** Attractivité et démographie médicale. */
  ATTRACTIVITE_DEMOGRAPHIE_MEDICALE,
  /** Coordination des acteurs. */
  COORDINATION,
  /** Nutrition et activité physique. */
  NUTRITION_ACTIVITE_PHYSIQUE,
  /** Addictions. */
  ADDICTIONS,
  /** Santé des enfants et des jeunes. */
  SANTE_JEUNES,
  /** Précarité et inégalités sociales de santé. */
  PRECARITE,
  /** Santé numérique, e-santé. */
  @Since("1.1")
  SANTE_NUMERIQUE,
  /** Santé sexuelle. */
  @Since("1.1")
  SANTE_SEXUELLE,
  /** Violences. */
  @Since("1.1")
  VIOLENCES,
  /** Autre. */
  AUTRE
}
