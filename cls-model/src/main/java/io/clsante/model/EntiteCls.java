package io.clsante.model;

import io.clsante.model.format.Description;

/**
 * The contract itself, or its coordination, when it leads or funds an action: no stand-in actor is
 * declared for them.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and has a {@linkplain #label(java.util.Locale) label} in French and in English.
 */
@Description("Le contrat lui-même, ou sa coordination, quand il porte ou finance une action : aucun acteur "
    + "de substitution n'est déclaré pour eux.")
public enum EntiteCls implements CodeList {
  /** Le contrat local de santé. */
  CONTRAT,
  /** La coordination du contrat local de santé. */
  COORDINATION
}
