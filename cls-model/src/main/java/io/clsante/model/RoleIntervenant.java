package io.clsante.model;

import io.clsante.model.format.Description;

/**
 * The part an organisation plays in a fiche action or an operation, in the contract's words: porteur,
 * pilote, co-porteur or associé.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and has a {@linkplain #label(java.util.Locale) label} in French and in English.
 */
@Description("Le rôle d'un intervenant dans une fiche action ou une opération, dans les mots du contrat : "
    + "porteur, pilote, co-porteur ou associé.")
public enum RoleIntervenant implements CodeList {
  /** Porteur. */
  PORTEUR,
  /** Pilote. */
  PILOTE,
  /** Co-porteur. */
  CO_PORTEUR,
  /** Associé. */
  ASSOCIE
}
