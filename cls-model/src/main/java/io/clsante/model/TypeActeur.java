package io.clsante.model;

import io.clsante.model.format.Description;
import io.clsante.model.format.Since;

/**
 * The type of an organisation taking part in a contract.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and has a {@linkplain #label(java.util.Locale) label} in French and in English.
 */
@Description("Type d'une organisation qui prend part au contrat.")
public enum TypeActeur implements CodeList {
  /** Agence régionale de santé. */
  ARS,
  /** Préfecture. */
  PREFECTURE,
  /** Sous-préfecture. */
  SOUS_PREFECTURE,
  /** Conseil départemental. */
  CONSEIL_DEPARTEMENTAL,
  /** Conseil régional. */
  CONSEIL_REGIONAL,
  /** Commune. */
  COMMUNE,
  /** Centre communal d'action sociale. */
  CCAS,
  /** Communauté de communes. */
  COMMUNAUTE_COMMUNES,
  /** Communauté d'agglomération. */
  COMMUNAUTE_AGGLOMERATION,
  /** Communauté urbaine. */
  COMMUNAUTE_URBAINE,
  /** Métropole. */
  METROPOLE,
  /** Pôle d'équilibre territorial et rural. */
  PETR,
  /** Pays. */
  PAYS,
  /** Syndicat mixte. */
  SYNDICAT_MIXTE,
  /** Caisse primaire d'assurance maladie. */
  CPAM,
  /** Mutualité sociale agricole. */
  MSA,
  /** Caisse d'allocations familiales. */
  CAF,
  /** Éducation nationale (DSDEN, rectorat). */
  EDUCATION_NATIONALE,
  /** Protection judiciaire de la jeunesse. */
  PJJ,
  /** Centre hospitalier. */
  CENTRE_HOSPITALIER,
  /** Communauté professionnelle territoriale de santé. */
  CPTS,
  /** Maison de santé pluriprofessionnelle. */
  MSP,
  /** Centre de santé. */
  CENTRE_SANTE,
  /** Dispositif d'appui à la coordination. */
  DAC,
  /** Union régionale des professionnels de santé. */
  URPS,
  /** Ordre professionnel. */
  ORDRE_PROFESSIONNEL,
  /** Conseil territorial de santé. */
  CONSEIL_TERRITORIAL_SANTE,
  /** Observatoire régional de la santé. */
  ORS,
  /** Instance régionale d'éducation et de promotion de la santé. */
  IREPS,
  /** Association. */
  ASSOCIATION,
  /** Mutuelle. */
  MUTUELLE,
  /** Mission locale. */
  MISSION_LOCALE,
  /** Bureau d'études. */
  BUREAU_ETUDES,
  /** Université, faculté de médecine. */
  @Since("1.1")
  UNIVERSITE,
  /** Centre social. */
  @Since("1.1")
  CENTRE_SOCIAL,
  /** Service à domicile (SAD, SSIAD). */
  @Since("1.1")
  SERVICE_DOMICILE,
  /** Protection maternelle et infantile. */
  @Since("1.1")
  PMI,
  /** Établissement scolaire. */
  @Since("1.1")
  ETABLISSEMENT_SCOLAIRE,
  /** Conseil local de santé mentale. */
  @Since("1.1")
  CONSEIL_LOCAL_SANTE_MENTALE,
  /** Maison des adolescents. */
  @Since("1.1")
  MAISON_ADOLESCENTS,
  /** CSAPA, CAARUD (addictologie). */
  @Since("1.1")
  CSAPA_CAARUD,
  /** Bailleur social. */
  @Since("1.1")
  BAILLEUR_SOCIAL,
  /** Autre. */
  AUTRE;

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
