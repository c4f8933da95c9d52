package io.clsante.model;

/**
 * Whether an amount is before or after VAT.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and carries a French {@linkplain #libelle() label}.
 */
public enum BaseTaxe implements CodeList {
  /** Hors taxes. */
  HT("Hors taxes"),
  /** Toutes taxes comprises. */
  TTC("Toutes taxes comprises");

  private final String libelle;

  BaseTaxe(String libelle) {
    this.libelle = libelle;
  }

  @Override
  public String libelle() {
    return libelle;
  }
}
