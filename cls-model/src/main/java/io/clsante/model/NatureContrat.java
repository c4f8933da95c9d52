package io.clsante.model;

import io.clsante.model.format.Description;

/**
 * The nature of the contract: a contrat de préfiguration, signed while the CLS is prepared, or the contrat local de santé itself.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and has a {@linkplain #label(java.util.Locale) label} in French and in English.
 */
@Description("Nature du contrat : contrat de préfiguration, signé pendant la préparation du CLS, ou contrat "
    + "local de santé lui-même.")
public enum NatureContrat implements CodeList {
  /** Contrat de préfiguration. */
  CONTRAT_PREFIGURATION,
  /** Contrat local de santé. */
  CLS
}
