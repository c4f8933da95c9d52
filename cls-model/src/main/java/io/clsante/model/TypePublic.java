package io.clsante.model;

import io.clsante.model.format.Description;

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
  /** Autre public. */
  AUTRE
}
