package io.clsante.testkit;

import io.clsante.model.Thematique;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Small French word lists from which generated contracts take plausible titles: strategic axes,
 * fiches actions, operations, indicators, qualitative values and free texts. The lists are fixed
 * (their order is part of what a seed reproduces).
 */
final class Vocabulaire {
  private Vocabulaire() {}

  /** Titles of axes, by theme. */
  static final Map<Thematique, List<String>> AXES = new EnumMap<>(Thematique.class);
  /** Titles of fiches actions, by theme. */
  static final Map<Thematique, List<String>> FICHES = new EnumMap<>(Thematique.class);

  static {
    axe(Thematique.ACCES_SOINS, "Favoriser l'accès aux soins de premier recours", "Accès aux soins");
    axe(Thematique.ACCES_DROITS, "Faciliter l'accès aux droits et aux services", "Accès aux droits de santé");
    axe(Thematique.SOINS_URGENTS, "Organiser la réponse aux soins non programmés", "Soins urgents et non programmés");
    axe(Thematique.PREVENTION_PROMOTION_SANTE, "Prévention et promotion de la santé",
        "Développer la prévention tout au long de la vie");
    axe(Thematique.SANTE_MENTALE, "Santé mentale", "Promouvoir la santé mentale et prévenir le mal-être");
    axe(Thematique.SANTE_ENVIRONNEMENTALE, "Santé environnementale", "Agir pour un environnement favorable à la santé");
    axe(Thematique.AUTONOMIE_VIEILLISSEMENT, "Bien vieillir et préserver l'autonomie", "Autonomie et vieillissement");
    axe(Thematique.HANDICAP, "Accompagner les personnes en situation de handicap", "Handicap et inclusion");
    axe(Thematique.PARCOURS, "Fluidifier les parcours de santé", "Coordonner les parcours de soins");
    axe(Thematique.ATTRACTIVITE_DEMOGRAPHIE_MEDICALE, "Renforcer l'attractivité du territoire pour les professionnels",
        "Démographie médicale");
    axe(Thematique.COORDINATION, "Animer et coordonner le contrat", "Gouvernance et coordination");
    axe(Thematique.NUTRITION_ACTIVITE_PHYSIQUE, "Nutrition et activité physique", "Bouger plus, manger mieux");
    axe(Thematique.ADDICTIONS, "Prévenir les conduites addictives", "Addictions");
    axe(Thematique.SANTE_JEUNES, "Santé des jeunes", "Accompagner la santé des enfants et des jeunes");
    axe(Thematique.PRECARITE, "Réduire les inégalités sociales de santé", "Santé des publics précaires");
    axe(Thematique.SANTE_NUMERIQUE, "Développer la santé numérique", "E-santé et télésanté");
    axe(Thematique.SANTE_SEXUELLE, "Promouvoir la santé sexuelle", "Santé sexuelle et affective");
    axe(Thematique.VIOLENCES, "Prévenir les violences et accompagner les victimes", "Lutter contre les violences");
    axe(Thematique.AUTRE, "Actions transversales", "Autres actions de santé");

    fiche(Thematique.ACCES_SOINS, "Accueillir les jeunes praticiens", "Créer une maison de santé pluriprofessionnelle",
        "Développer la télémédecine dans les communes rurales", "Organiser un transport solidaire vers les consultations");
    fiche(Thematique.ACCES_DROITS, "Tenir des permanences d'accès aux droits", "Former les agents d'accueil à l'accès aux droits",
        "Lutter contre le non-recours aux soins");
    fiche(Thematique.SOINS_URGENTS, "Structurer la permanence des soins ambulatoires", "Former la population aux gestes qui sauvent");
    fiche(Thematique.PREVENTION_PROMOTION_SANTE, "Promouvoir les dépistages organisés des cancers",
        "Développer la vaccination de proximité", "Organiser des ateliers de prévention bucco-dentaire");
    fiche(Thematique.SANTE_MENTALE, "Former aux premiers secours en santé mentale", "Créer un conseil local de santé mentale",
        "Prévenir le suicide chez les agriculteurs", "Soutenir les groupes d'entraide mutuelle");
    fiche(Thematique.SANTE_ENVIRONNEMENTALE, "Améliorer la qualité de l'air intérieur des écoles",
        "Lutter contre l'habitat indigne", "Prévenir les risques liés au moustique tigre");
    fiche(Thematique.AUTONOMIE_VIEILLISSEMENT, "Prévenir les chutes des personnes âgées", "Lutter contre l'isolement des aînés",
        "Soutenir les aidants familiaux");
    fiche(Thematique.HANDICAP, "Rendre les cabinets médicaux accessibles", "Accompagner la scolarisation des enfants handicapés");
    fiche(Thematique.PARCOURS, "Coordonner la sortie d'hospitalisation", "Mettre en place un parcours diabète",
        "Créer un annuaire partagé des professionnels");
    fiche(Thematique.ATTRACTIVITE_DEMOGRAPHIE_MEDICALE, "Accueillir les internes en médecine générale",
        "Proposer des logements aux stagiaires en santé", "Promouvoir l'exercice coordonné");
    fiche(Thematique.COORDINATION, "Animer le réseau des partenaires du contrat", "Évaluer le contrat local de santé",
        "Communiquer sur les actions du contrat");
    fiche(Thematique.NUTRITION_ACTIVITE_PHYSIQUE, "Développer le sport-santé sur ordonnance", "Améliorer l'alimentation en restauration scolaire");
    fiche(Thematique.ADDICTIONS, "Prévenir les consommations d'alcool chez les jeunes", "Accompagner l'arrêt du tabac");
    fiche(Thematique.SANTE_JEUNES, "Développer l'éducation à la vie affective", "Organiser un point accueil écoute jeunes");
    fiche(Thematique.PRECARITE, "Aller vers les personnes en grande précarité", "Faciliter l'accès à une complémentaire santé");
    fiche(Thematique.SANTE_NUMERIQUE, "Déployer la téléconsultation en officine", "Accompagner les usagers vers Mon espace santé");
    fiche(Thematique.SANTE_SEXUELLE, "Faciliter l'accès au dépistage des infections sexuellement transmissibles",
        "Intervenir en santé sexuelle dans les lycées");
    fiche(Thematique.VIOLENCES, "Former les professionnels au repérage des violences intrafamiliales",
        "Ouvrir une permanence d'aide aux victimes");
    fiche(Thematique.AUTRE, "Soutenir les initiatives locales de santé", "Développer les actions intercommunales");
  }

  static final List<String> OPERATIONS = List.of(
      "Recenser les besoins", "Organiser une réunion de lancement", "Mener une campagne d'information",
      "Former les intervenants", "Tenir des ateliers collectifs", "Réaliser un bilan annuel",
      "Rédiger un cahier des charges", "Signer une convention de partenariat");

  static final List<String> INDICATEURS_QUANTITATIFS = List.of(
      "Nombre de participants", "Nombre d'ateliers réalisés", "Nombre de professionnels formés",
      "Nombre de permanences tenues", "Nombre de personnes accompagnées", "Nombre de communes couvertes");

  static final List<String> UNITES = List.of("personnes", "ateliers", "professionnels", "permanences", "actions");

  static final List<String> INDICATEURS_POURCENTAGE = List.of(
      "Part des écoles couvertes", "Taux de participation au dépistage", "Part des élus formés",
      "Taux de satisfaction des participants");

  static final List<String> INDICATEURS_QUALITATIFS = List.of(
      "Satisfaction des participants", "Qualité du partenariat", "Appropriation par les élus",
      "Dynamique du réseau local");

  static final List<String> APPRECIATIONS = List.of(
      "Bonne", "Satisfaisante", "À renforcer", "Partenariat consolidé", "Très bonne dynamique");

  static final List<String> SOURCES = List.of(
      "Tableau de bord de la coordination", "Données de l'Assurance maladie", "Questionnaires de satisfaction",
      "Rapport d'activité du porteur", "Observatoire régional de la santé");

  static final List<String> OBJECTIFS = List.of(
      "Réduire les inégalités territoriales de santé", "Améliorer le repérage précoce",
      "Renforcer la coordination des acteurs", "Mieux informer la population",
      "Développer l'offre de proximité", "Soutenir les professionnels du territoire");

  /** Milestones of a calendar, as plans write them. */
  static final List<String> JALONS = List.of(
      "Lancement de l'appel à projets",
      "Premier bilan en comité technique",
      "Présentation au comité de pilotage",
      "Fin du recrutement",
      "Inauguration du lieu d'accueil");

  static final List<String> OBJECTIFS_OPERATIONNELS = List.of(
      "Organiser deux sessions par an", "Diffuser une plaquette d'information", "Mobiliser les communes",
      "Identifier un référent par commune", "Mettre à jour l'annuaire chaque année");

  static final List<String> RESULTATS = List.of(
      "Une meilleure connaissance des dispositifs", "Des professionnels mieux coordonnés",
      "Une participation accrue de la population", "Des délais d'accès réduits");

  static final List<String> OBJECTIFS_PRS = List.of(
      "PRS Objectif 1 : améliorer l'accès aux soins", "PRS Objectif 2 : agir sur les déterminants de santé",
      "PRS Parcours santé mentale", "PRS Parcours personnes âgées");

  static final List<String> MISSIONS = List.of(
      "Animer le comité de pilotage", "Suivre la mise en œuvre des fiches actions",
      "Préparer l'évaluation du contrat", "Mobiliser les partenaires locaux");

  static final List<String> REALISATIONS = List.of(
      "Mise en place du comité de pilotage", "Réalisation du diagnostic partagé",
      "Lancement des premières fiches actions", "Forte mobilisation des élus");

  private static void axe(Thematique t, String... titres) {
    AXES.put(t, List.of(titres));
  }

  private static void fiche(Thematique t, String... titres) {
    FICHES.put(t, List.of(titres));
  }
}
