package io.clsante.model;

import io.clsante.model.format.Description;

/**
 * The kind of a dated event in the life of a contract.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and has a {@linkplain #label(java.util.Locale) label} in French and in English.
 */
@Description("Nature d'un événement daté de la vie du contrat.")
public enum TypeEvenement implements CodeList {
  /** Engagement dans la démarche. */
  ENGAGEMENT_DEMARCHE,
  /** Signature du contrat de préfiguration. */
  SIGNATURE_PREFIGURATION,
  /** Recrutement de la coordination. */
  RECRUTEMENT_COORDINATION,
  /** Diagnostic territorial. */
  DIAGNOSTIC,
  /** Concertation, groupes de travail. */
  CONCERTATION,
  /** Validation d'un programme ou plan d'action. */
  VALIDATION_PROGRAMME,
  /** Signature du contrat. */
  SIGNATURE,
  /** Entrée en vigueur. */
  ENTREE_EN_VIGUEUR,
  /** Avenant. */
  AVENANT,
  /** Évaluation. */
  EVALUATION,
  /** Échéance. */
  ECHEANCE,
  /** Résiliation. */
  RESILIATION,
  /** Renouvellement. */
  RENOUVELLEMENT,
  /** Autre événement. */
  AUTRE
}
