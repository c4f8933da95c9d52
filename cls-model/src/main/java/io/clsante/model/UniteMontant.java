package io.clsante.model;

import io.clsante.model.format.Description;

/**
 * What an amount applies to: once, per year, per post, per class, per session or per programme.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and has a {@linkplain #label(java.util.Locale) label} in French and in English.
 */
@Description("Ce à quoi s'applique un montant : une fois, par an, par poste, par classe, par séance ou par "
    + "programme.")
public enum UniteMontant implements CodeList {
  /** Ponctuel. */
  PONCTUEL,
  /** Par an. */
  PAR_AN,
  /** Par poste. */
  PAR_POSTE,
  /** Par classe. */
  PAR_CLASSE,
  /** Par séance. */
  PAR_SEANCE,
  /** Par programme. */
  PAR_PROGRAMME
}
