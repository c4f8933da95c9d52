package io.clsante.model;

/**
 * The level an indicator measures: the process, its results, or its impact on health.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and carries a French {@linkplain #libelle() label}.
 */
public enum NiveauIndicateur implements CodeList {
  /** Processus. */
  PROCESSUS("Processus"),
  /** Résultat. */
  RESULTAT("Résultat"),
  /** Impact. */
  IMPACT("Impact");

  private final String libelle;

  NiveauIndicateur(String libelle) {
    this.libelle = libelle;
  }

  @Override
  public String libelle() {
    return libelle;
  }
}
