package io.clsante.model;

/**
 * The type of an organisation taking part in a contract.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and carries a French {@linkplain #libelle() label}.
 */
public enum TypeActeur implements CodeList {
  /** Agence régionale de santé. */
  ARS("Agence régionale de santé"),
  /** Préfecture. */
  PREFECTURE("Préfecture"),
  /** Sous-préfecture. */
  SOUS_PREFECTURE("Sous-préfecture"),
  /** Conseil départemental. */
  CONSEIL_DEPARTEMENTAL("Conseil départemental"),
  /** Conseil régional. */
  CONSEIL_REGIONAL("Conseil régional"),
  /** Commune. */
  COMMUNE("Commune"),
  /** Centre communal d'action sociale. */
  CCAS("Centre communal d'action sociale"),
  /** Communauté de communes. */
  COMMUNAUTE_COMMUNES("Communauté de communes"),
  /** Communauté d'agglomération. */
  COMMUNAUTE_AGGLOMERATION("Communauté d'agglomération"),
  /** Communauté urbaine. */
  COMMUNAUTE_URBAINE("Communauté urbaine"),
  /** Métropole. */
  METROPOLE("Métropole"),
  /** Pôle d'équilibre territorial et rural. */
  PETR("Pôle d'équilibre territorial et rural"),
  /** Pays. */
  PAYS("Pays"),
  /** Syndicat mixte. */
  SYNDICAT_MIXTE("Syndicat mixte"),
  /** Caisse primaire d'assurance maladie. */
  CPAM("Caisse primaire d'assurance maladie"),
  /** Mutualité sociale agricole. */
  MSA("Mutualité sociale agricole"),
  /** Caisse d'allocations familiales. */
  CAF("Caisse d'allocations familiales"),
  /** Éducation nationale (DSDEN, rectorat). */
  EDUCATION_NATIONALE("Éducation nationale (DSDEN, rectorat)"),
  /** Protection judiciaire de la jeunesse. */
  PJJ("Protection judiciaire de la jeunesse"),
  /** Centre hospitalier. */
  CENTRE_HOSPITALIER("Centre hospitalier"),
  /** Communauté professionnelle territoriale de santé. */
  CPTS("Communauté professionnelle territoriale de santé"),
  /** Maison de santé pluriprofessionnelle. */
  MSP("Maison de santé pluriprofessionnelle"),
  /** Centre de santé. */
  CENTRE_SANTE("Centre de santé"),
  /** Dispositif d'appui à la coordination. */
  DAC("Dispositif d'appui à la coordination"),
  /** Union régionale des professionnels de santé. */
  URPS("Union régionale des professionnels de santé"),
  /** Ordre professionnel. */
  ORDRE_PROFESSIONNEL("Ordre professionnel"),
  /** Conseil territorial de santé. */
  CONSEIL_TERRITORIAL_SANTE("Conseil territorial de santé"),
  /** Observatoire régional de la santé. */
  ORS("Observatoire régional de la santé"),
  /** Instance régionale d'éducation et de promotion de la santé. */
  IREPS("Instance régionale d'éducation et de promotion de la santé"),
  /** Association. */
  ASSOCIATION("Association"),
  /** Mutuelle. */
  MUTUELLE("Mutuelle"),
  /** Mission locale. */
  MISSION_LOCALE("Mission locale"),
  /** Bureau d'études. */
  BUREAU_ETUDES("Bureau d'études"),
  /** Autre. */
  AUTRE("Autre");

  private final String libelle;

  TypeActeur(String libelle) {
    this.libelle = libelle;
  }

  @Override
  public String libelle() {
    return libelle;
  }

  /**
   * Tells whether this type is an EPCI à fiscalité propre: communauté de communes,
   * d'agglomération, urbaine, or métropole.
   *
   * @return true for the four kinds of EPCI
   */
  public boolean isEpci() {
    return this == COMMUNAUTE_COMMUNES || this == COMMUNAUTE_AGGLOMERATION
        || this == COMMUNAUTE_URBAINE || this == METROPOLE;
  }

  /**
   * Tells whether this type is a local authority or a grouping of local authorities that can sign a
   * CLS as the territory's party: commune, EPCI, PETR, pays, syndicat mixte, département (conseil
   * départemental) or région (conseil régional).
   *
   * @return true for local authorities and their groupings
   */
  public boolean isCollectiviteTerritoriale() {
    return this == COMMUNE || isEpci() || this == PETR || this == PAYS || this == SYNDICAT_MIXTE
        || this == CONSEIL_DEPARTEMENTAL || this == CONSEIL_REGIONAL;
  }
}
