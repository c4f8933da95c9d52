package io.clsante.model;

import io.clsante.model.format.Description;
import io.clsante.model.format.Since;

/**
 * A target public of a fiche action.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and has a {@linkplain #label(java.util.Locale) label} in French and in English.
 */
@Description("Public cible d'une fiche action.")
public enum TypePublic implements CodeList {
  /** Tout public. */
  TOUT_PUBLIC,
  /** Petite enfance. */
  PETITE_ENFANCE,
  /** Enfants. */
  ENFANTS,
  /** Adolescents et jeunes adultes. */
  JEUNES,
  /** Familles et parents. */
  FAMILLES,
  /** Personnes âgées. */
  PERSONNES_AGEES,
  /** Personnes en situation de handicap. */
  PERSONNES_HANDICAPEES,
  /** Personnes en situation de précarité. */
  PERSONNES_PRECAIRES,
  /** Femmes. */
  FEMMES,
  /** Aidants. */
  AIDANTS,
  /** Professionnels de santé. */
  PROFESSIONNELS_SANTE,
  /** Élus. */
  ELUS,
  /** Étudiants. */
  @Since("1.1")
  ETUDIANTS,
  /** Étudiants en santé. */
  @Since("1.1")
  ETUDIANTS_SANTE,
  /** Professionnels de l'éducation. */
  @Since("1.1")
  PROFESSIONNELS_EDUCATION,
  /** Fumeurs. */
  @Since("1.1")
  FUMEURS,
  /** Demandeurs d'emploi. */
  @Since("1.1")
  DEMANDEURS_EMPLOI,
  /** Bénéficiaires des minima sociaux. */
  @Since("1.1")
  BENEFICIAIRES_MINIMA_SOCIAUX,
  /** Personnes exilées. */
  @Since("1.1")
  PERSONNES_EXILEES,
  /** Personnes en situation juridique spécifique (détenus, sortants de détention). */
  @Since("1.1")
  PERSONNES_SITUATION_JURIDIQUE_SPECIFIQUE,
  /** Résidents des quartiers prioritaires ou des zones France ruralités revitalisation. */
  @Since("1.1")
  RESIDENTS_QPV_FRR,
  /** Autre public. */
  AUTRE
}
