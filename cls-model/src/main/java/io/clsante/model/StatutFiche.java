package io.clsante.model;

import io.clsante.model.format.Description;
import io.clsante.model.format.Since;

/**
 * The progress status of a fiche action.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and has a {@linkplain #label(java.util.Locale) label} in French and in English.
 */
@Description("État d'avancement d'une fiche action ou d'une opération.")
public enum StatutFiche implements CodeList {
  /** À venir. */
  A_VENIR,
  /** En cours. */
  EN_COURS,
  /** Réalisée. */
  REALISEE,
  /** En pause. */
  EN_PAUSE,
  /** Abandonnée. */
  ABANDONNEE,
  /** Bloquée. */
  BLOQUEE,
  /** En retard. */
  EN_RETARD,
  /** À discuter. */
  @Since("1.1")
  A_DISCUTER
}
