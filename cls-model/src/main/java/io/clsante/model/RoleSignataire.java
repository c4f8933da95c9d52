package io.clsante.model;

/**
 * The role of a party in the signature of a contract.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and carries a French {@linkplain #libelle() label}.
 */
public enum RoleSignataire implements CodeList {
  /** Signataire. */
  SIGNATAIRE("Signataire"),
  /** Co-signataire associé. */
  CO_SIGNATAIRE_ASSOCIE("Co-signataire associé");

  private final String libelle;

  RoleSignataire(String libelle) {
    this.libelle = libelle;
  }

  @Override
  public String libelle() {
    return libelle;
  }
}
