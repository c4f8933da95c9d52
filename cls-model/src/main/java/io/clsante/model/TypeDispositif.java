package io.clsante.model;

import io.clsante.model.format.Description;

/**
 * A funding instrument that is not an organisation: a national or regional fund, a programme, a
 * call for projects.
 *
 * <p>A code list of the JSON format: each constant is written as its {@linkplain #code() code}
 * and has a {@linkplain #label(java.util.Locale) label} in French and in English.
 */
@Description("Un dispositif de financement qui n'est pas une organisation : un fonds national ou régional, "
    + "un programme, un appel à projets.")
public enum TypeDispositif implements CodeList {
  /** Fonds d'intervention régional (FIR) de l'ARS. */
  FIR,
  /** Fonds national de prévention, d'éducation et d'information sanitaire (FNPEIS) de l'Assurance maladie. */
  FNPEIS,
  /** Conférence des financeurs de la prévention de la perte d'autonomie. */
  CONFERENCE_DES_FINANCEURS,
  /** Crédits de la MILDECA (lutte contre les drogues et les conduites addictives). */
  MILDECA,
  /** Crédits de la politique de la ville. */
  POLITIQUE_DE_LA_VILLE,
  /** Fonds européens (FEDER, FSE+, LEADER…). */
  FONDS_EUROPEENS,
  /** Appel à projets. */
  APPEL_A_PROJETS,
  /** Autre dispositif, nommé par son libellé (par exemple un fonds régional). */
  AUTRE
}
