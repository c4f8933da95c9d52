package io.clsante.model;

import io.clsante.model.format.Description;

/**
 * The unit of a duration written in a contract, such as a notice period.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and has a {@linkplain #label(java.util.Locale) label} in French and in English.
 */
@Description("Unité d'une durée écrite dans un contrat, comme un délai de préavis.")
public enum UniteDuree implements CodeList {
  /** Jours. */
  JOURS,
  /** Semaines. */
  SEMAINES,
  /** Mois. */
  MOIS,
  /** Années. */
  ANNEES
}
