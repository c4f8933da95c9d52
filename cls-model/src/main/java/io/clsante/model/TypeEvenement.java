package io.clsante.model;

/**
 * The kind of a dated event in the life of a contract.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and carries a French {@linkplain #libelle() label}.
 */
public enum TypeEvenement implements CodeList {
  /** Engagement dans la démarche. */
  ENGAGEMENT_DEMARCHE("Engagement dans la démarche"),
  /** Signature du contrat de préfiguration. */
  SIGNATURE_PREFIGURATION("Signature du contrat de préfiguration"),
  /** Recrutement de la coordination. */
  RECRUTEMENT_COORDINATION("Recrutement de la coordination"),
  /** Diagnostic territorial. */
  DIAGNOSTIC("Diagnostic territorial"),
  /** Concertation, groupes de travail. */
  CONCERTATION("Concertation, groupes de travail"),
  /** Validation d'un programme ou plan d'action. */
  VALIDATION_PROGRAMME("Validation d'un programme ou plan d'action"),
  /** Signature du contrat. */
  SIGNATURE("Signature du contrat"),
  /** Entrée en vigueur. */
  ENTREE_EN_VIGUEUR("Entrée en vigueur"),
  /** Avenant. */
  AVENANT("Avenant"),
  /** Évaluation. */
  EVALUATION("Évaluation"),
  /** Échéance. */
  ECHEANCE("Échéance"),
  /** Résiliation. */
  RESILIATION("Résiliation"),
  /** Renouvellement. */
  RENOUVELLEMENT("Renouvellement"),
  /** Autre événement. */
  AUTRE("Autre événement");

  private final String libelle;

  TypeEvenement(String libelle) {
    this.libelle = libelle;
  }

  @Override
  public String libelle() {
    return libelle;
  }
}
