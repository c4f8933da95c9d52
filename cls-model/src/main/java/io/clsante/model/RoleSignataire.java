package io.clsante.model;

import io.clsante.model.format.Description;

/**
 * The role of a party in the signature of a contract.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and has a {@linkplain #label(java.util.Locale) label} in French and in English.
 */
@Description("Rôle d'une partie dans la signature du contrat.")
public enum RoleSignataire implements CodeList {
  /** Signataire. */
  SIGNATAIRE,
  /** Co-signataire associé. */
  CO_SIGNATAIRE_ASSOCIE
}
