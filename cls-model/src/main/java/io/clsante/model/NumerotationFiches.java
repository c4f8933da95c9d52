package io.clsante.model;

import io.clsante.model.format.Description;

/**
 * How the codes of the fiches actions are numbered across a contract.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and has a {@linkplain #label(java.util.Locale) label} in French and in English.
 */
@Description("Numérotation des codes des fiches actions dans un contrat.")
public enum NumerotationFiches implements CodeList {
  /** Par axe : le premier nombre du code est le numéro de l'axe (« FA 2.3 »). */
  PAR_AXE,
  /** Continue : les fiches sont numérotées de suite sur tout le contrat (« FA 1 » à « FA 24 »). */
  CONTINUE
}
