package io.clsante.model;

import io.clsante.model.format.Description;

/**
 * The kind of a governance body of a contract.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and has a {@linkplain #label(java.util.Locale) label} in French and in English.
 */
@Description("Nature d'une instance de gouvernance du contrat.")
public enum TypeInstance implements CodeList {
  /** Comité de pilotage. */
  COPIL,
  /** Comité technique. */
  COTECH,
  /** Groupe de travail. */
  GROUPE_TRAVAIL,
  /** Comité d'élus. */
  COMITE_ELUS,
  /** Assemblée plénière. */
  ASSEMBLEE_PLENIERE,
  /** Autre instance. */
  AUTRE
}
