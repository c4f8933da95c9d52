package io.clsante.model;

import io.clsante.model.format.Description;

/**
 * Whether an amount is before or after VAT.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and has a {@linkplain #label(java.util.Locale) label} in French and in English.
 */
@Description("Montant hors taxes ou toutes taxes comprises.")
public enum BaseTaxe implements CodeList {
  /** Hors taxes. */
  HT,
  /** Toutes taxes comprises. */
  TTC
}
