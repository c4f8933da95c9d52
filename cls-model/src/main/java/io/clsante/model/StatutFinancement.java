package io.clsante.model;

import io.clsante.model.format.Description;
import io.clsante.model.format.Since;

/**
 * How certain a funding is: secured, planned, its funder named without an amount, or still to be
 * defined (then without amount).
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and has a {@linkplain #label(java.util.Locale) label} in French and in English.
 */
@Description("Degré de certitude d'un financement : acquis, prévisionnel, financeur identifié sans montant, ou "
    + "à définir (alors sans montant).")
public enum StatutFinancement implements CodeList {
  /** Acquis. */
  ACQUIS,
  /** Prévisionnel. */
  PREVISIONNEL,
  /** À définir. */
  A_DEFINIR,
  /** Financeur identifié, sans montant : la source nomme qui finance (« ARS », « sur fonds propres »), pas combien. */
  @Since("1.1")
  FINANCEUR_IDENTIFIE
}
