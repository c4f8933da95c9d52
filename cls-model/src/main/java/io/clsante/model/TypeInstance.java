package io.clsante.model;

/**
 * The kind of a governance body of a contract.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and carries a French {@linkplain #libelle() label}.
 */
public enum TypeInstance implements CodeList {
  /** Comité de pilotage. */
  COPIL("Comité de pilotage"),
  /** Comité technique. */
  COTECH("Comité technique"),
  /** Groupe de travail. */
  GROUPE_TRAVAIL("Groupe de travail"),
  /** Comité d'élus. */
  COMITE_ELUS("Comité d'élus"),
  /** Assemblée plénière. */
  ASSEMBLEE_PLENIERE("Assemblée plénière"),
  /** Autre instance. */
  AUTRE("Autre instance");

  private final String libelle;

  TypeInstance(String libelle) {
    this.libelle = libelle;
  }

  @Override
  public String libelle() {
    return libelle;
  }
}
