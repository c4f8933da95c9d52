package io.clsante.model;

/**
 * What an amount applies to: once, per year, per post, per class, per session or per programme.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and carries a French {@linkplain #libelle() label}.
 */
public enum UniteMontant implements CodeList {
  /** Ponctuel. */
  PONCTUEL("Ponctuel"),
  /** Par an. */
  PAR_AN("Par an"),
  /** Par poste. */
  PAR_POSTE("Par poste"),
  /** Par classe. */
  PAR_CLASSE("Par classe"),
  /** Par séance. */
  PAR_SEANCE("Par séance"),
  /** Par programme. */
  PAR_PROGRAMME("Par programme");

  private final String libelle;

  UniteMontant(String libelle) {
    this.libelle = libelle;
  }

  @Override
  public String libelle() {
    return libelle;
  }
}
