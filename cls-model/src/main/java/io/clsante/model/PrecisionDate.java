package io.clsante.model;

/**
 * The precision of a calendar date: a day, a month, a quarter, a semester or a year.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and carries a French {@linkplain #libelle() label}.
 */
public enum PrecisionDate implements CodeList {
  /** Jour. */
  JOUR("Jour"),
  /** Mois. */
  MOIS("Mois"),
  /** Trimestre. */
  TRIMESTRE("Trimestre"),
  /** Semestre. */
  SEMESTRE("Semestre"),
  /** Année. */
  ANNEE("Année");

  private final String libelle;

  PrecisionDate(String libelle) {
    this.libelle = libelle;
  }

  @Override
  public String libelle() {
    return libelle;
  }
}
