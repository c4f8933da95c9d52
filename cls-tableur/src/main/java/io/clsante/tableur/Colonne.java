package io.clsante.tableur;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The columns of the Territoires en Transitions template, in their order, with their labels as
 * row 2 writes them. The first 28 are in every version of the template; the last 8 were added by
 * recent versions. A column kept in the fiches' extensions has the name it takes there.
 */
enum Colonne {
  AXE("Axe (x)", "Groupe", null),
  SOUS_AXE("Sous-axe (x.x)", "Groupe", null),
  SOUS_SOUS_AXE("Sous-sous axe (x.x.x)", "Groupe", "sousSousAxe"),
  TITRE_ACTION("Titre de l'action", "Texte", null),
  TITRE_SOUS_ACTION("Titre de la sous-action", "Texte", null),
  DESCRIPTIF("Descriptif", "Texte", null),
  INSTANCES("Instances de gouvernance", "Texte", "instancesGouvernance"),
  OBJECTIFS("Objectifs", "Texte", null),
  INDICATEURS("Indicateurs liés", "Liste", null),
  STRUCTURE_PILOTE("Structure pilote", "Liste", null),
  MOYENS("Moyens humains et techniques", "Texte", "moyensHumainsEtTechniques"),
  PARTENAIRES("Partenaires", "Liste", null),
  SERVICE_PILOTE("Direction ou service pilote", "Texte", null),
  PERSONNE_PILOTE("Personne pilote", "Texte", null),
  ELU_REFERENT("Élu·e référent·e", "Texte", null),
  PARTICIPATION("Participation Citoyenne", "Liste de valeurs", "participationCitoyenne"),
  FINANCEMENTS("Financements", "Texte", "financements"),
  FINANCEUR_1("Financeur 1", "Texte", null),
  MONTANT_1("Montant € HT", "Nombre", null),
  FINANCEUR_2("Financeur 2", "Texte", null),
  MONTANT_2("Montant € HT", "Nombre", null),
  FINANCEUR_3("Financeur 3", "Texte", null),
  MONTANT_3("Montant € HT", "Nombre", null),
  BUDGET("Budget prévisionnel total € HT", "Nombre", null),
  STATUT("Statut", "Liste de valeurs", null),
  PRIORITE("Niveau de priorité", "Liste de valeurs", null),
  DATE_DEBUT("Date de début", "Date (JJ/MM/AAAA)", null),
  DATE_FIN("Date de fin", "Date (JJ/MM/AAAA)", null),
  AMELIORATION_CONTINUE("Action en amélioration continue", "Oui / Non", "ameliorationContinue"),
  CALENDRIER("Calendrier", "Texte", "calendrier"),
  ACTIONS_LIEES("Actions liées", "Liste", "actionsLiees"),
  FICHES_LIEES("Fiches des plans liées", "Liste", "fichesDesPlansLiees"),
  NOTES_SUIVI("Notes de suivi", "Texte", "notesDeSuivi"),
  ETAPES("Etapes de la fiche action", "Texte", "etapes"),
  NOTES_COMPLEMENTAIRES("Notes complémentaires", "Texte", "notesComplementaires"),
  DOCUMENTS("Documents et liens", "Texte", "documentsEtLiens");

  /** The name of the fiches' and operations' extension that keeps the columns the model has no place for. */
  static final String EXTENSION = "territoiresEnTransitions";

  private final String libelle;
  private final String indication;
  private final String extension;

  Colonne(String libelle, String indication, String extension) {
    this.libelle = libelle;
    this.indication = indication;
    this.extension = extension;
  }

  /** The label of row 2. */
  String libelle() {
    return libelle;
  }

  /** The hint on the field's type, row 3. */
  String indication() {
    return indication;
  }

  /** The name of the property of the extension that keeps the column, or null when the model holds it. */
  String extension() {
    return extension;
  }

  /**
   * A label as compared: without accents, case, trailing or doubled spaces, typographic apostrophes,
   * and the marks of inclusive writing ({@code Élu·e}, {@code Elu.e}, {@code Élu(e)}).
   */
  static String normaliser(String libelle) {
    String s = Normalizer.normalize(libelle, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replace('’', '\'').replace('\u00a0', ' ');
    s = s.replaceAll("[·•.()\\-]", " ");
    return s.replaceAll("\\s+", " ").strip();
  }
}
