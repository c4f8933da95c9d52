package io.clsante.testkit;

import io.clsante.model.Acteur;
import io.clsante.model.Avenant;
import io.clsante.model.Axe;
import io.clsante.model.BaseTaxe;
import io.clsante.model.Clauses;
import io.clsante.model.CommuneTerritoire;
import io.clsante.model.Contact;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Coordination;
import io.clsante.model.DateCalendaire;
import io.clsante.model.Delai;
import io.clsante.model.DispositifFinancement;
import io.clsante.model.EntiteCls;
import io.clsante.model.EpciTerritoire;
import io.clsante.model.Evaluation;
import io.clsante.model.Evenement;
import io.clsante.model.Extensions;
import io.clsante.model.FicheAction;
import io.clsante.model.Financement;
import io.clsante.model.FrequenceCollecte;
import io.clsante.model.FrequenceReunion;
import io.clsante.model.Gouvernance;
import io.clsante.model.Indicateur;
import io.clsante.model.Instance;
import io.clsante.model.Intervenant;
import io.clsante.model.Jalon;
import io.clsante.model.ModalitesEvaluation;
import io.clsante.model.Montant;
import io.clsante.model.NatureContrat;
import io.clsante.model.NatureIndicateur;
import io.clsante.model.NiveauIndicateur;
import io.clsante.model.NumerotationFiches;
import io.clsante.model.ObjectifSpecifique;
import io.clsante.model.ObjectifStrategique;
import io.clsante.model.Operation;
import io.clsante.model.PartCofinancement;
import io.clsante.model.Periode;
import io.clsante.model.Population;
import io.clsante.model.PrecisionDate;
import io.clsante.model.Priorite;
import io.clsante.model.PublicCible;
import io.clsante.model.RoleIntervenant;
import io.clsante.model.RoleSignataire;
import io.clsante.model.SecteurGeographique;
import io.clsante.model.Signataire;
import io.clsante.model.SignatureAvenant;
import io.clsante.model.StatutContrat;
import io.clsante.model.StatutFiche;
import io.clsante.model.StatutFinancement;
import io.clsante.model.Territoire;
import io.clsante.model.Thematique;
import io.clsante.model.TypeActeur;
import io.clsante.model.TypeDispositif;
import io.clsante.model.TypeEvaluation;
import io.clsante.model.TypeEvenement;
import io.clsante.model.TypeInstance;
import io.clsante.model.TypePublic;
import io.clsante.model.TypeValeur;
import io.clsante.model.UniteDuree;
import io.clsante.model.UniteMontant;
import io.clsante.model.ValeurIndicateur;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.Finess;
import io.clsante.model.id.Rna;
import io.clsante.model.id.Siren;
import io.clsante.model.id.Siret;
import io.clsante.rules.referentiel.Commune;
import io.clsante.rules.referentiel.Departement;
import io.clsante.rules.referentiel.Epci;
import io.clsante.rules.referentiel.ReferentielTerritorial;
import io.clsante.rules.referentiel.Region;
import io.clsante.rules.referentiel.TypeEpci;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One generation of a contract: the draws of one seed at one size, turned into a contract that the
 * validator accepts without error at the reference date. Everything that a rule checks is drawn
 * consistently here: a real EPCI with its member communes, départements and région; an ARS of that
 * région; dates placed on one timeline (préfiguration, diagnostic, signature, period, amendments,
 * evaluations, indicator values) that agrees with the status at the reference date; references to
 * declared actors only; fundings, budgets and co-funding shares that add up. Used once.
 */
final class GenerationRun {
  private static final List<StatutContrat> STATUTS_PREFIGURATION = List.of(
      StatutContrat.EN_PREFIGURATION, StatutContrat.SIGNE, StatutContrat.EN_VIGUEUR, StatutContrat.ECHU);

  private final RandomSource rng;
  private final int size;
  private final LocalDate today;
  private final ReferentielTerritorial ref;

  // The territory.
  private final List<Epci> epcis = new ArrayList<>();
  private Region region;
  private final List<Departement> departements = new ArrayList<>();
  private final List<Commune> membres = new ArrayList<>();
  private final List<Commune> declarees = new ArrayList<>();

  // The timeline: signature, start, end, and the last day anything can have happened.
  private NatureContrat nature;
  private StatutContrat statut;
  /** The numbering of the fiches' codes the contract states, or null when it says none. */
  private NumerotationFiches numerotation;
  private LocalDate signature;
  private LocalDate debut;
  private LocalDate fin;
  private LocalDate resiliation;

  // The actors, by local id in order of declaration.
  private final Map<String, Acteur> acteurs = new LinkedHashMap<>();
  private final Set<String> ids = new HashSet<>();
  private String ars;
  private final List<String> epciIds = new ArrayList<>();
  private String departement;
  private String regionId;
  private String commune;
  private String groupement;
  private final List<String> partenaires = new ArrayList<>();
  private final List<String> financeurs = new ArrayList<>();
  private final List<String> evaluateurs = new ArrayList<>();
  private final List<Signataire> signataires = new ArrayList<>();
  private final List<Evenement> evenements = new ArrayList<>();

  GenerationRun(long seed, int size, LocalDate today, ReferentielTerritorial ref) {
    this.rng = new RandomSource(seed);
    this.size = size;
    this.today = today;
    this.ref = ref;
  }

  ContratLocalDeSante generate() {
    territoire();
    cycle();
    acteurs();
    signataires();
    List<Axe> axes = axes();
    List<Avenant> avenants = avenants();
    List<Evaluation> evaluations = evaluations();
    evenements();

    String nom = libelleTerritoire();
    String slug = slug(nom, 40);
    ContratLocalDeSante.Builder b = ContratLocalDeSante.builder()
        .identifiant(debut == null ? "cls-" + slug : "cls-" + slug + "-" + debut.getYear() + "-" + fin.getYear())
        .intitule((nature == NatureContrat.CLS ? "Contrat local de santé " : "Contrat de préfiguration du contrat local de santé ")
            + tiret(nom) + (debut == null ? "" : " " + debut.getYear() + "-" + fin.getYear()))
        .nature(nature)
        .statut(statut)
        .territoire(territoireModele(nom))
        .acteurs(acteurs.values())
        .signataires(signataires)
        .axes(axes)
        .avenants(avenants)
        .evaluations(evaluations)
        .evenements(evenements);
    if (rng.chance(0.6)) {
      b.description("Contrat local de santé " + tiret(nom) + ", conclu entre l'" + acteurs.get(ars).nom()
          + " et les collectivités du territoire pour réduire les inégalités sociales et territoriales de santé.");
    }
    if (nature == NatureContrat.CLS && rng.chance(0.7)) {
      int generation = rng.chance(0.6) ? 1 : rng.between(2, 3);
      b.generation(generation);
      if (generation > 1) {
        int avant = debut == null ? today.getYear() - 5 : debut.getYear() - 5;
        b.predecesseur("cls-" + slug + "-" + avant + "-" + (avant + 4));
      }
    }
    if (debut != null) {
      Periode.Builder p = Periode.builder().debut(Calendaire.commencantLe(rng, debut))
          .fin(Calendaire.finissantLe(rng, fin));
      if (rng.chance(0.5)) {
        p.libelle(debut.getYear() + "-" + fin.getYear());
      }
      if (rng.chance(0.15)) {
        // Ends with the regional health project, whose end date is "fin".
        p.finPrs(true);
      }
      b.periode(p.build());
    }
    Gouvernance gouvernance = null;
    if (rng.chance(0.75)) {
      gouvernance = gouvernance();
      b.gouvernance(gouvernance);
    }
    if (numerotation != null) {
      b.numerotationFiches(numerotation);
    }
    if (rng.chance(0.4)) {
      b.clauses(clauses(gouvernance));
    }
    if (rng.chance(0.75)) {
      b.coordination(coordination());
    }
    if (rng.chance(0.2)) {
      b.extensions(extensions());
    }
    return b.build();
  }

  // ---- territory --------------------------------------------------------------------------------

  private void territoire() {
    EpcisEligibles eligibles = EpcisEligibles.of(ref);
    TypeEpci type = rng.pick(eligibles.types);
    Epci principal = rng.pick(eligibles.parType.get(type));
    epcis.add(principal);
    region = ref.region(principal.regions().get(0)).orElseThrow();
    if (size >= 6 && rng.chance(0.25)) {
      // Some contracts cover several intercommunalités of one département, as the Astarac does.
      List<Epci> voisins = eligibles.tous.stream()
          .filter(e -> !e.siren().equals(principal.siren()) && e.regions().equals(principal.regions())
              && e.departements().contains(principal.departements().get(0)))
          .toList();
      if (!voisins.isEmpty()) {
        epcis.add(rng.pick(voisins));
      }
    }
    Set<Object> vus = new HashSet<>();
    for (Epci e : epcis) {
      for (var d : e.departements()) {
        if (vus.add(d)) {
          departements.add(ref.departement(d).orElseThrow());
        }
      }
      for (CodeCommune c : e.membres()) {
        membres.add(ref.commune(c).orElseThrow());
      }
    }
    if (rng.chance(0.85)) {
      int n = rng.chance(0.2) ? membres.size() : rng.between(1, Math.max(1, size * 2));
      declarees.addAll(rng.sample(membres, n));
    }
  }

  /** The communes a part of the contract may name: the declared ones, else every member. */
  private List<Commune> communesDuTerritoire() {
    return declarees.isEmpty() ? membres : declarees;
  }

  private String libelleTerritoire() {
    String nom = epcis.get(0).nom();
    for (String prefixe : List.of("Communauté de communes ", "Communauté d'agglomération ", "Communauté urbaine ",
        "CC ", "CA ", "CU ", "Métropole ")) {
      if (nom.startsWith(prefixe) && nom.length() > prefixe.length() + 2) {
        return nom.substring(prefixe.length());
      }
    }
    return nom;
  }

  private Territoire territoireModele(String nom) {
    Territoire.Builder t = Territoire.builder();
    if (rng.chance(0.8)) {
      t.libelle(nom);
    }
    for (Commune c : declarees) {
      CommuneTerritoire.Builder cb = CommuneTerritoire.builder().code(c.code());
      if (rng.chance(0.8)) {
        cb.nom(c.nom());
      }
      if (rng.chance(0.7)) {
        cb.epci(c.epci().orElseThrow());
      }
      t.addCommunes(cb.build());
    }
    for (Epci e : epcis) {
      EpciTerritoire.Builder eb = EpciTerritoire.builder().siren(e.siren());
      if (rng.chance(0.8)) {
        eb.nom(e.nom());
      }
      if (rng.chance(0.3)) {
        int habitants = e.membres().size() * rng.between(300, 2500);
        eb.population(rng.chance(0.7) ? Population.of(habitants, rng.between(today.getYear() - 4, today.getYear() - 1))
            : Population.of(habitants));
      }
      t.addEpci(eb.build());
    }
    departements.forEach(d -> t.addDepartements(d.code()));
    t.region(region.code());
    if (groupement != null) {
      t.groupement(groupement);
    }
    if (rng.chance(0.6)) {
      int habitants = membres.size() * rng.between(300, 2500);
      t.population(rng.chance(0.8) ? Population.of(habitants, rng.between(today.getYear() - 4, today.getYear() - 1))
          : Population.of(habitants));
    }
    if (rng.chance(0.7)) {
      t.millesimeCog(ref.millesime());
    }
    return t.build();
  }

  // ---- lifecycle --------------------------------------------------------------------------------

  private void cycle() {
    nature = rng.chance(0.12) ? NatureContrat.CONTRAT_PREFIGURATION : NatureContrat.CLS;
    statut = nature == NatureContrat.CLS ? rng.pickOne(StatutContrat.values()) : rng.pick(STATUTS_PREFIGURATION);
    int ans = nature == NatureContrat.CLS ? rng.between(3, 5) : rng.between(1, 2);
    int jours = ans * 365;
    LocalDate jour = null;
    switch (statut) {
      case SIGNE -> {
        signature = today.minusDays(rng.between(5, 300));
        jour = signature.plusDays(rng.between(0, 300));
      }
      case EN_VIGUEUR -> jour = today.minusDays(rng.between(0, jours - 40));
      case EN_EVALUATION -> jour = today.minusDays(rng.between(jours - 300, jours - 40));
      case ECHU, RENOUVELE -> jour = today.minusDays(jours + rng.between(40, 900));
      case RESILIE -> jour = today.minusDays(rng.between(60, jours + 600));
      default -> {
        if (rng.chance(0.6)) {
          jour = today.plusDays(rng.between(40, 600));
        }
      }
    }
    if (jour != null) {
      // A period starting on the first of a month, or of a year when the status still holds then
      // (CLS-CYC-006: in force on the reference date, not over too early, near its signature).
      debut = jour.withDayOfMonth(1);
      LocalDate janvier = jour.withDayOfYear(1);
      if (rng.chance(0.35) && statutTenu(janvier, janvier.plusYears(ans).minusDays(1))) {
        debut = janvier;
      }
      fin = debut.plusYears(ans).minusDays(1);
    }
    if (statut.isSigne() && signature == null) {
      signature = min(debut, today).minusDays(rng.between(0, 200));
    }
    if (statut == StatutContrat.RESILIE) {
      resiliation = rng.day(min(debut.plusDays(30), today), min(fin, today));
    }
  }

  /** Whether a period from {@code d} to {@code f} agrees with the status at the reference date. */
  private boolean statutTenu(LocalDate d, LocalDate f) {
    return switch (statut) {
      case SIGNE -> !f.isBefore(today) && !d.isBefore(signature.minusYears(1).plusDays(1));
      case EN_VIGUEUR, EN_EVALUATION -> !d.isAfter(today) && !f.isBefore(today);
      case ECHU, RENOUVELE -> f.isBefore(today);
      default -> true;
    };
  }

  /** The last day something of the contract can have been done: its end, the reference date, its termination. */
  private LocalDate dernierJourEcoule() {
    LocalDate d = min(fin, today);
    return resiliation != null ? min(d, resiliation) : d;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private void evenements() {
    LocalDate base = signature != null ? signature : today;
    LocalDate engagement = base.minusDays(rng.between(500, 1100));
    List<Evenement> out = new ArrayList<>();
    if (rng.chance(0.5)) {
      out.add(evenement(TypeEvenement.ENGAGEMENT_DEMARCHE, engagement, "Délibération engageant la démarche de CLS"));
    }
    if (nature == NatureContrat.CLS && (statut.isSigne() || statut != StatutContrat.EN_PREFIGURATION) && rng.chance(0.4)) {
      out.add(evenement(TypeEvenement.SIGNATURE_PREFIGURATION, engagement.plusDays(rng.between(30, 200)),
          "Signature du contrat de préfiguration"));
    }
    if (rng.chance(0.4)) {
      out.add(evenement(TypeEvenement.RECRUTEMENT_COORDINATION, engagement.plusDays(rng.between(100, 300)),
          "Recrutement de la coordination du CLS"));
    }
    if (statut != StatutContrat.EN_PREFIGURATION && rng.chance(0.5)) {
      out.add(evenement(TypeEvenement.DIAGNOSTIC, engagement.plusDays(rng.between(200, 400)),
          "Diagnostic local de santé par l'observatoire régional de la santé"));
    }
    if (rng.chance(0.3)) {
      Evenement concertation = evenement(TypeEvenement.CONCERTATION, engagement.plusDays(rng.between(300, 450)),
          "Groupes de travail thématiques");
      LocalDate finConcertation = min(concertation.date().dernierJour().plusDays(rng.between(60, 500)), today);
      if (rng.chance(0.5) && finConcertation.isAfter(concertation.date().dernierJour())) {
        // A concertation that spans a while ("entre 2023 et 2025").
        concertation = Evenement.builder().from(concertation).fin(Calendaire.contenant(finConcertation,
            rng.pickOne(PrecisionDate.MOIS, PrecisionDate.SEMESTRE, PrecisionDate.ANNEE))).build();
      }
      out.add(concertation);
    }
    if ((statut.isSigne() || statut == StatutContrat.EN_ELABORATION) && rng.chance(0.3)) {
      out.add(evenement(TypeEvenement.VALIDATION_PROGRAMME, engagement.plusDays(rng.between(450, 490)),
          "Validation du plan d'action en comité de pilotage"));
    }
    if (statut.isSigne() && rng.chance(0.8)) {
      out.add(Evenement.builder().type(TypeEvenement.SIGNATURE).date(DateCalendaire.jour(signature))
          .libelle("Signature du contrat local de santé").build());
    }
    if (statut.isSigne() && rng.chance(0.3)) {
      out.add(Evenement.builder().type(TypeEvenement.ENTREE_EN_VIGUEUR).date(Calendaire.commencantLe(rng, debut)).build());
    }
    if (fin != null && !fin.isAfter(today) && (statut == StatutContrat.ECHU || statut == StatutContrat.RENOUVELE)
        && rng.chance(0.5)) {
      out.add(evenement(TypeEvenement.ECHEANCE, fin, "Échéance du contrat"));
    }
    if (statut == StatutContrat.RESILIE && rng.chance(0.8)) {
      out.add(evenement(TypeEvenement.RESILIATION, resiliation, "Résiliation d'un commun accord"));
    }
    if (statut == StatutContrat.RENOUVELE && rng.chance(0.8)) {
      out.add(evenement(TypeEvenement.RENOUVELLEMENT, rng.day(max(debut, fin.minusDays(200)), today),
          "Signature du contrat de nouvelle génération"));
    }
    if (rng.chance(0.2)) {
      out.add(evenement(TypeEvenement.AUTRE, rng.day(engagement, today), "Forum santé du territoire"));
    }
    out.addAll(evenements);
    // Listed in chronological order, as CLS-CYC-002 asks; a stable sort keeps same-day events in place.
    out.sort(Comparator.comparing(e -> e.date().premierJour()));
    evenements.clear();
    evenements.addAll(out);
  }

  private Evenement evenement(TypeEvenement type, LocalDate jour, String libelle) {
    // Never after the reference date: a constated event in the future is CLS-CYC-003's business.
    LocalDate d = min(jour, today);
    Evenement.Builder e = Evenement.builder().type(type).date(Calendaire.contenant(d, rng.pickOne(
        io.clsante.model.PrecisionDate.values())));
    if (rng.chance(0.7)) {
      e.libelle(libelle);
    }
    return e.build();
  }

  // ---- actors -----------------------------------------------------------------------------------

  private void acteurs() {
    Departement dep = departements.get(0);
    ars = declare(Acteur.builder().id("ars-" + slug(region.nom(), 40)).nom("Agence régionale de santé " + region.nom())
        .type(TypeActeur.ARS).sigle("ARS").codeRegion(region.code()));
    for (Epci e : epcis) {
      Acteur.Builder a = Acteur.builder().id(slug(e.nom(), 50)).nom(e.nom()).type(typeActeur(e.type())).siren(e.siren());
      if (rng.chance(0.5)) {
        a.codeDepartement(e.departements().get(0));
      }
      if (rng.chance(0.2)) {
        a.contact(contact());
      }
      epciIds.add(declare(a));
    }
    financeurs.add(ars);
    financeurs.addAll(epciIds);
    if (rng.chance(0.7)) {
      departement = declare(Acteur.builder().id("cd-" + dep.code()).nom("Conseil départemental – " + dep.nom())
          .type(TypeActeur.CONSEIL_DEPARTEMENTAL).codeDepartement(dep.code()));
      financeurs.add(departement);
    }
    if (rng.chance(0.3)) {
      regionId = declare(Acteur.builder().id("region-" + region.code()).nom("Région " + region.nom())
          .type(TypeActeur.CONSEIL_REGIONAL).codeRegion(region.code()));
      financeurs.add(regionId);
    }
    if (rng.chance(0.45)) {
      Commune c = rng.pick(communesDuTerritoire());
      Acteur.Builder a = Acteur.builder().id("commune-" + c.code()).nom("Commune de " + c.nom())
          .type(TypeActeur.COMMUNE).codeCommune(c.code());
      c.siren().ifPresent(a::siren);
      commune = declare(a);
    }
    if (rng.chance(0.2)) {
      TypeActeur type = rng.pickOne(TypeActeur.PETR, TypeActeur.PAYS, TypeActeur.SYNDICAT_MIXTE);
      String nom = switch (type) {
        case PETR -> "PETR du pays " + tiret(libelleTerritoire());
        case PAYS -> "Pays " + tiret(libelleTerritoire());
        default -> "Syndicat mixte " + tiret(libelleTerritoire());
      };
      Acteur.Builder a = Acteur.builder().id(slug(nom, 50)).nom(nom).type(type);
      if (rng.chance(0.5)) {
        a.siren(sirenFictif());
      }
      groupement = declare(a);
      partenaires.add(groupement);
    }
    int autres = rng.between(0, 1 + size / 2);
    for (int i = 0; i < autres; i++) {
      autre(rng.pickOne(TypeActeur.values()));
    }
    if (evaluateurs.isEmpty() && rng.chance(0.5)) {
      autre(TypeActeur.ORS);
    }
    partenaires.addAll(epciIds);
    if (departement != null) {
      partenaires.add(departement);
    }
    if (commune != null) {
      partenaires.add(commune);
    }
  }

  /** Declares an actor of a given type, as a partner of the contract. */
  private void autre(TypeActeur type) {
    Departement dep = rng.pick(departements);
    Commune c = rng.pick(communesDuTerritoire());
    Acteur.Builder a = Acteur.builder().type(type);
    String nom;
    switch (type) {
      case ARS, CONSEIL_DEPARTEMENTAL, CONSEIL_REGIONAL, COMMUNAUTE_COMMUNES, COMMUNAUTE_AGGLOMERATION,
          COMMUNAUTE_URBAINE, METROPOLE, PETR, PAYS, SYNDICAT_MIXTE, COMMUNE -> {
        // Drawn from the territory above; another one would stand outside it.
        return;
      }
      case PREFECTURE -> {
        nom = "Préfecture – " + dep.nom();
        a.codeDepartement(dep.code());
      }
      case SOUS_PREFECTURE -> {
        nom = "Sous-préfecture – " + c.nom();
        a.codeDepartement(dep.code());
      }
      case CCAS -> {
        nom = "CCAS de " + c.nom();
        a.codeCommune(c.code()).sigle("CCAS");
      }
      case CPAM -> {
        nom = "Caisse primaire d'assurance maladie – " + dep.nom();
        a.sigle("CPAM").codeDepartement(dep.code()).siren(sirenFictif());
      }
      case MSA -> {
        nom = "Mutualité sociale agricole – " + dep.nom();
        a.sigle("MSA").codeDepartement(dep.code());
      }
      case CAF -> {
        nom = "Caisse d'allocations familiales – " + dep.nom();
        a.sigle("CAF").codeDepartement(dep.code());
      }
      case EDUCATION_NATIONALE -> {
        nom = "Direction des services départementaux de l'éducation nationale – " + dep.nom();
        a.sigle("DSDEN").codeDepartement(dep.code());
      }
      case PJJ -> {
        nom = "Protection judiciaire de la jeunesse – " + dep.nom();
        a.codeDepartement(dep.code());
      }
      case CENTRE_HOSPITALIER -> {
        nom = "Centre hospitalier de " + c.nom();
        a.finess(finess(c)).codeCommune(c.code()).siret(siretFictif());
      }
      case CPTS -> {
        nom = "CPTS " + tiret(libelleTerritoire());
        a.rna(rna()).sigle("CPTS");
      }
      case MSP -> {
        nom = "Maison de santé pluriprofessionnelle de " + c.nom();
        a.finess(finess(c)).codeCommune(c.code());
      }
      case CENTRE_SANTE -> {
        nom = "Centre de santé de " + c.nom();
        a.finess(finess(c)).codeCommune(c.code());
      }
      case DAC -> {
        nom = "Dispositif d'appui à la coordination – " + dep.nom();
        a.sigle("DAC").codeDepartement(dep.code());
      }
      case URPS -> {
        nom = "URPS médecins libéraux – " + region.nom();
        a.codeRegion(region.code());
      }
      case ORDRE_PROFESSIONNEL -> {
        nom = "Conseil départemental de l'ordre des médecins – " + dep.nom();
        a.codeDepartement(dep.code());
      }
      case CONSEIL_TERRITORIAL_SANTE -> {
        nom = "Conseil territorial de santé – " + dep.nom();
        a.codeDepartement(dep.code());
      }
      case ORS -> {
        nom = "Observatoire régional de la santé – " + region.nom();
        a.sigle("ORS").codeRegion(region.code()).siret(siretFictif());
      }
      case IREPS -> {
        nom = "Instance régionale d'éducation et de promotion de la santé – " + region.nom();
        a.sigle("IREPS").codeRegion(region.code()).rna(rna());
      }
      case ASSOCIATION -> {
        nom = rng.pickOne("Association Bien vieillir à ", "Association Sport santé de ", "Association Entraide ")
            + c.nom();
        a.rna(rna()).codeCommune(c.code());
        if (rng.chance(0.5)) {
          a.siret(siretFictif());
        }
      }
      case MUTUELLE -> {
        nom = "Mutuelle solidaire " + tiret(region.nom());
        a.siren(sirenFictif());
      }
      case MISSION_LOCALE -> {
        nom = "Mission locale " + tiret(libelleTerritoire());
        a.siret(siretFictif()).codeCommune(c.code());
      }
      case BUREAU_ETUDES -> {
        nom = "Cabinet Études Santé Territoires";
        a.siret(siretFictif()).sigle("CEST");
      }
      case UNIVERSITE -> {
        nom = "Faculté de médecine – " + region.nom();
        a.codeRegion(region.code()).siret(siretFictif());
      }
      case CENTRE_SOCIAL -> {
        nom = "Centre social de " + c.nom();
        a.rna(rna()).codeCommune(c.code());
      }
      case SERVICE_DOMICILE -> {
        nom = "Service de soins infirmiers à domicile de " + c.nom();
        a.finess(finess(c)).codeCommune(c.code()).sigle("SSIAD");
      }
      case PMI -> {
        nom = "Protection maternelle et infantile – " + dep.nom();
        a.sigle("PMI").codeDepartement(dep.code());
      }
      case ETABLISSEMENT_SCOLAIRE -> {
        nom = "Collège de " + c.nom();
        a.codeCommune(c.code());
      }
      case CONSEIL_LOCAL_SANTE_MENTALE -> {
        nom = "Conseil local de santé mentale " + tiret(libelleTerritoire());
        a.sigle("CLSM");
      }
      case MAISON_ADOLESCENTS -> {
        nom = "Maison des adolescents – " + dep.nom();
        a.finess(finess(c)).codeDepartement(dep.code());
      }
      case CSAPA_CAARUD -> {
        nom = "Centre de soins, d'accompagnement et de prévention en addictologie de " + c.nom();
        a.finess(finess(c)).codeCommune(c.code()).sigle("CSAPA");
      }
      case BAILLEUR_SOCIAL -> {
        nom = "Office public de l'habitat – " + dep.nom();
        a.siren(sirenFictif()).codeDepartement(dep.code());
      }
      default -> nom = "Collectif local de santé";
    }
    if (rng.chance(0.15)) {
      a.contact(contact());
    }
    if (rng.chance(0.05)) {
      a.extensions(Extensions.parse("{\"referenceInterne\":\"" + rng.between(1000, 9999) + "\"}"));
    }
    String id = declare(a.id(slug(nom, 50)).nom(nom));
    partenaires.add(id);
    if (type == TypeActeur.CPAM || type == TypeActeur.MSA || type == TypeActeur.CAF || type == TypeActeur.MUTUELLE
        || type == TypeActeur.CONSEIL_DEPARTEMENTAL) {
      financeurs.add(id);
    }
    if (type == TypeActeur.ORS || type == TypeActeur.BUREAU_ETUDES || type == TypeActeur.IREPS) {
      evaluateurs.add(id);
    }
  }

  private static TypeActeur typeActeur(TypeEpci type) {
    return switch (type) {
      case COMMUNAUTE_DE_COMMUNES -> TypeActeur.COMMUNAUTE_COMMUNES;
      case COMMUNAUTE_D_AGGLOMERATION -> TypeActeur.COMMUNAUTE_AGGLOMERATION;
      case COMMUNAUTE_URBAINE -> TypeActeur.COMMUNAUTE_URBAINE;
      case METROPOLE, METROPOLE_DE_LYON -> TypeActeur.METROPOLE;
    };
  }

  /** Declares an actor under a unique id (its id suffixed when taken) and returns that id. */
  private String declare(Acteur.Builder a) {
    Acteur draft = a.build();
    String id = draft.id();
    for (int n = 2; !ids.add(id); n++) {
      id = draft.id() + "-" + n;
    }
    Acteur acteur = Acteur.builder().from(draft).id(id).build();
    acteurs.put(id, acteur);
    return id;
  }

  private Contact contact() {
    // No real person: the names are placeholders, the domain is reserved (RFC 2606) and the
    // numbers belong to the range the French regulator reserves for fiction.
    Contact.Builder c = Contact.builder().fonction(rng.pickOne("Coordinatrice du CLS", "Chargé de mission santé",
        "Directrice de la santé publique", "Animateur territorial de santé"));
    if (rng.chance(0.4)) {
      c.nom(rng.pickOne("Prénom Fictif", "Camille Exemple", "Dominique Modèle"));
    }
    if (rng.chance(0.5)) {
      c.courriel(rng.pickOne("coordination", "contact", "sante") + "@exemple.invalid");
    }
    if (rng.chance(0.4)) {
      c.telephone(String.format(Locale.ROOT, "01 99 00 %02d %02d", rng.between(0, 99), rng.between(0, 99)));
    }
    if (rng.chance(0.4)) {
      c.adresse("Place de la mairie, " + rng.pick(communesDuTerritoire()).nom());
    }
    return c.build();
  }

  // ---- signatories ------------------------------------------------------------------------------

  private void signataires() {
    boolean signe = statut.isSigne();
    if (!signe && rng.chance(0.4)) {
      return; // not yet known
    }
    signataire(ars, RoleSignataire.SIGNATAIRE, "Directeur général de l'agence régionale de santé", null);
    for (String epci : epciIds) {
      signataire(epci, RoleSignataire.SIGNATAIRE, "Président de l'établissement public de coopération intercommunale",
          "Délibération du conseil communautaire");
    }
    if (departement != null && rng.chance(0.6)) {
      signataire(departement, rng.pickOne(RoleSignataire.values()), "Président du conseil départemental",
          "Délibération de la commission permanente");
    }
    if (regionId != null && rng.chance(0.6)) {
      signataire(regionId, RoleSignataire.CO_SIGNATAIRE_ASSOCIE, "Présidente du conseil régional", null);
    }
    if (commune != null && rng.chance(0.6)) {
      signataire(commune, rng.pickOne(RoleSignataire.values()), "Maire", "Délibération du conseil municipal");
    }
    for (Acteur a : acteurs.values()) {
      if ((a.type() == TypeActeur.PREFECTURE || a.type() == TypeActeur.CPAM || a.type() == TypeActeur.MSA)
          && rng.chance(0.5)) {
        signataire(a.id(), RoleSignataire.CO_SIGNATAIRE_ASSOCIE, "Directeur", null);
      }
    }
  }

  private void signataire(String acteur, RoleSignataire role, String qualite, String deliberation) {
    Signataire.Builder s = Signataire.builder().acteur(acteur).role(role);
    if (rng.chance(0.8)) {
      s.qualite(qualite);
    }
    if (statut.isSigne()) {
      // Every party signs within a few weeks up to the signature day (never after it).
      LocalDate d = signature.minusDays(rng.between(0, 20));
      if (rng.chance(0.1)) {
        // Known only to the month or the year, as some contracts give it.
        s.dateSignatureApprochee(Calendaire.contenant(d, rng.pickOne(PrecisionDate.MOIS, PrecisionDate.ANNEE)));
      } else {
        s.dateSignature(d);
      }
      if (deliberation != null && rng.chance(0.6)) {
        s.deliberation(deliberation + " du " + Calendaire.libelle(DateCalendaire.jour(d.minusDays(rng.between(10, 60)))));
      }
    }
    signataires.add(s.build());
  }

  // ---- axes and fiches --------------------------------------------------------------------------

  private List<Axe> axes() {
    int nAxes = rng.between(1, 1 + Math.min(size, 8) / 2);
    List<Thematique> themes = new ArrayList<>(List.of(Thematique.values()));
    // The mental-health component every CLS has had since the 3DS law (CLS-AXE-009).
    int mentale = rng.between(0, nAxes - 1);
    String format = rng.pickOne("FA %d.%d", "FA %d.%d", "Fiche %d.%d", "%d.%d", "FA%d-%d", "A%d-F%d");
    // Plans numbered continuously across the contract ("FA 1" to "FA 12") say so; others number
    // by axis, said or not.
    double tirage = rng.between(0, 99) / 100.0;
    numerotation = tirage < 0.2 ? NumerotationFiches.CONTINUE : tirage < 0.5 ? NumerotationFiches.PAR_AXE : null;
    String formatContinu = rng.pickOne("FA %d", "Action %d", "Fiche n° %d");
    int suivante = 1;
    List<Axe> axes = new ArrayList<>();
    Set<Thematique> pris = EnumSet.noneOf(Thematique.class);
    for (int a = 0; a < nAxes; a++) {
      Thematique theme = a == mentale ? Thematique.SANTE_MENTALE : rng.pick(themes);
      if (!pris.add(theme)) {
        theme = Thematique.AUTRE;
        pris.add(theme);
      }
      int numero = a + 1;
      Axe.Builder b = Axe.builder().id("axe-" + numero).numero(numero)
          .intitule(rng.pick(Vocabulaire.AXES.get(theme)) + (theme == Thematique.AUTRE ? " (" + numero + ")" : ""))
          .addThematiques(theme);
      if (rng.chance(0.3)) {
        Thematique autre = rng.pick(themes);
        if (autre != theme) {
          b.addThematiques(autre);
        }
      }
      if (rng.chance(0.3)) {
        b.description("Orientation stratégique n° " + numero + " du contrat.");
      }
      // Strategic objectives: the title alone, as format 1.0 wrote them, or numbered objects with
      // an id that fiches of the axis belong to.
      List<String> objectifs = new ArrayList<>();
      if (rng.chance(0.4)) {
        List<String> titres = rng.sample(Vocabulaire.OBJECTIFS, rng.between(1, 2));
        boolean objets = rng.chance(0.7);
        for (int o = 0; o < titres.size(); o++) {
          ObjectifStrategique.Builder ob = ObjectifStrategique.builder().intitule(titres.get(o));
          if (objets) {
            String id = "os-" + numero + "-" + (o + 1);
            ob.id(id).numero(numero + "." + (o + 1));
            objectifs.add(id);
          }
          b.addObjectifsStrategiques(ob.build());
        }
      }
      int nFiches = rng.between(1, 1 + Math.min(size, 9) / 3);
      for (int f = 0; f < nFiches; f++) {
        String code = numerotation == NumerotationFiches.CONTINUE
            ? String.format(Locale.ROOT, formatContinu, suivante++)
            : String.format(Locale.ROOT, format, numero, f + 1);
        b.addFiches(fiche(numero, f + 1, theme, code, objectifs));
      }
      axes.add(b.build());
    }
    return axes;
  }

  private FicheAction fiche(int axe, int numero, Thematique theme, String code, List<String> objectifs) {
    String id = "fa-" + axe + "-" + numero;
    FicheAction.Builder f = FicheAction.builder().id(id).code(code)
        .intitule(rng.pick(Vocabulaire.FICHES.get(theme)));
    if (!objectifs.isEmpty() && rng.chance(0.8)) {
      f.objectifStrategique(rng.pick(objectifs));
    }
    if (rng.chance(0.8)) {
      f.addThematiques(theme);
    }
    if (rng.chance(0.2)) {
      Thematique autre = rng.pickOne(Thematique.values());
      if (autre != theme) {
        f.addThematiques(autre);
      }
    }
    if (rng.chance(0.4)) {
      f.description("Action portée sur le territoire dans le cadre du contrat local de santé.");
    }
    if (rng.chance(0.5)) {
      f.objectifGeneral(rng.pick(Vocabulaire.OBJECTIFS));
    }
    if (rng.chance(0.4)) {
      for (String o : rng.sample(Vocabulaire.OBJECTIFS, rng.between(1, 2))) {
        ObjectifSpecifique.Builder ob = ObjectifSpecifique.builder().libelle(o);
        if (rng.chance(0.6)) {
          ob.objectifsOperationnels(rng.sample(Vocabulaire.OBJECTIFS_OPERATIONNELS, rng.between(1, 3)));
        }
        f.addObjectifsSpecifiques(ob.build());
      }
    } else if (rng.chance(0.3)) {
      // Operational objectives written directly under the general objective.
      f.objectifsOperationnels(rng.sample(Vocabulaire.OBJECTIFS_OPERATIONNELS, rng.between(1, 3)));
    }
    List<String> porteurs = rng.sample(porteursPossibles(), rng.between(1, 2));
    f.porteurs(intervenants(porteurs));
    if (rng.chance(0.1)) {
      f.addPorteurs(Intervenant.builder().cls(EntiteCls.COORDINATION).role(RoleIntervenant.CO_PORTEUR).build());
    }
    List<String> autres = new ArrayList<>(partenaires);
    autres.removeAll(porteurs);
    if (!autres.isEmpty() && rng.chance(0.6)) {
      f.partenaires(intervenants(rng.sample(autres, rng.between(1, 3))));
    }
    if (rng.chance(0.15)) {
      f.addPartenaires(Intervenant.builder().libelle(rng.pickOne("CCAS, CH, CSAPA…", "les collectivités locales",
          "les établissements scolaires")).role(RoleIntervenant.ASSOCIE).build());
    }
    if (rng.chance(0.7)) {
      for (TypePublic t : rng.sample(List.of(TypePublic.values()), rng.between(1, 2))) {
        PublicCible.Builder p = PublicCible.builder().type(t);
        if (rng.chance(0.4)) {
          p.libelle(Calendaire.capitalise(t.libelle().toLowerCase(Locale.FRENCH)) + " du territoire");
        }
        f.addPublicsCibles(p.build());
      }
    }
    if (rng.chance(0.6)) {
      f.secteur(secteur());
    }
    Optional<Periode> calendrier = rng.chance(0.7) ? Optional.of(calendrier(debut, fin)) : Optional.empty();
    calendrier.ifPresent(f::calendrier);
    int nOperations = rng.chance(0.4) ? rng.between(1, 1 + size / 5) : 0;
    for (int o = 0; o < nOperations; o++) {
      f.addOperations(operation(id + "-op-" + (o + 1), porteurs));
    }
    BigDecimal ponctuels = BigDecimal.ZERO;
    int nFinancements = rng.chance(0.7) ? rng.between(1, 3) : 0;
    for (int n = 0; n < nFinancements; n++) {
      Financement fin = financement();
      f.addFinancements(fin);
      if (fin.montant().isPresent() && fin.montant().get().unite().map(u -> u == UniteMontant.PONCTUEL).orElse(true)) {
        Montant m = fin.montant().get();
        ponctuels = ponctuels.add(m.valeur().or(m::minimum).orElse(BigDecimal.ZERO));
      }
    }
    if (rng.chance(0.6)) {
      // Never below the one-off fundings (CLS-FIN-003), whatever their tax base.
      Montant.Builder m = Montant.builder().valeur(ponctuels.add(rng.euros(0, 20_000, 500)));
      if (rng.chance(0.4)) {
        m.taxe(rng.pickOne(BaseTaxe.values()));
      }
      if (rng.chance(0.2)) {
        m.unite(UniteMontant.PONCTUEL);
      }
      f.budgetPrevisionnel(m.build());
    }
    int nIndicateurs = rng.between(1, 1 + size / 8);
    for (int i = 0; i < nIndicateurs; i++) {
      Indicateur indicateur = indicateur("ind-" + axe + "-" + numero + "-" + (i + 1));
      if (nOperations > 0 && rng.chance(0.3)) {
        // An indicator of the fiche that measures one of its operations.
        indicateur = Indicateur.builder().from(indicateur).operation(id + "-op-" + rng.between(1, nOperations)).build();
      }
      f.addIndicateurs(indicateur);
    }
    if (rng.chance(0.7)) {
      f.statut(rng.pickOne(StatutFiche.values()));
    }
    if (rng.chance(0.6)) {
      f.priorite(rng.pickOne(Priorite.values()));
    }
    if (rng.chance(0.4)) {
      f.resultatsAttendus(rng.sample(Vocabulaire.RESULTATS, rng.between(1, 2)));
    }
    if (rng.chance(0.3)) {
      f.objectifsPrs(rng.sample(Vocabulaire.OBJECTIFS_PRS, rng.between(1, 2)));
    }
    if (rng.chance(0.1)) {
      f.extensions(Extensions.parse("{\"suivi\":{\"avancement\":" + rng.between(0, 100) + ",\"poids\":0."
          + rng.between(10, 99) + "0}}"));
    }
    return f.build();
  }

  private List<String> porteursPossibles() {
    List<String> p = new ArrayList<>(epciIds);
    p.add(ars);
    p.addAll(partenaires);
    return p.stream().distinct().toList();
  }

  private SecteurGeographique secteur() {
    SecteurGeographique.Builder s = SecteurGeographique.builder();
    switch (rng.between(0, 2)) {
      case 0 -> s.toutLeTerritoire(true);
      case 1 -> rng.sample(communesDuTerritoire(), rng.between(1, 3)).forEach(c -> s.addCommunes(c.code()));
      default -> s.addEpci(rng.pick(epcis).siren());
    }
    if (rng.chance(0.3)) {
      s.libelle(rng.pickOne("Communes rurales du territoire", "Bourg-centre et communes voisines", "Tout le territoire"));
    }
    return s.build();
  }

  /** A calendar inside the contract period (anywhere after the reference date when there is none). */
  private Periode calendrier(LocalDate min, LocalDate max) {
    LocalDate lo = min != null ? min : today.plusDays(30);
    LocalDate hi = max != null ? max : lo.plusYears(3);
    LocalDate a = rng.day(lo, hi);
    Periode.Builder p = Periode.builder();
    if (rng.chance(0.15)) {
      DateCalendaire d = Calendaire.debut(rng, a, lo);
      p.debut(d).pasAvant(true);
      if (rng.chance(0.7)) {
        p.libelle("Pas avant " + Calendaire.libelle(d));
      }
      return p.build();
    }
    LocalDate b = rng.day(a, hi);
    DateCalendaire d = Calendaire.debut(rng, a, lo);
    if (rng.chance(0.2)) {
      // One period of its own: "Dernier trimestre 2025" runs through the quarter.
      DateCalendaire seul = Calendaire.fin(rng, a, hi);
      if (!seul.premierJour().isBefore(lo)) {
        p.debut(seul);
        if (rng.chance(0.6)) {
          p.libelle(Calendaire.capitalise(Calendaire.libelle(seul)));
        }
        return p.build();
      }
    }
    DateCalendaire f = Calendaire.fin(rng, b, hi);
    p.debut(d).fin(f);
    if (rng.chance(0.5)) {
      p.libelle("De " + Calendaire.libelle(d) + " à " + Calendaire.libelle(f));
    }
    if (rng.chance(0.25)) {
      for (String jalon : rng.sample(Vocabulaire.JALONS, rng.between(1, 2))) {
        p.addJalons(Jalon.of(Calendaire.contenant(rng.day(a, b), rng.pickOne(PrecisionDate.values())), jalon));
      }
    }
    return p.build();
  }

  /** Intervenants that are the actors of these local ids, some with a role. */
  private List<Intervenant> intervenants(List<String> ids) {
    return ids.stream().map(id -> rng.chance(0.2)
        ? Intervenant.builder().acteur(id).role(rng.pickOne(RoleIntervenant.values()))
            .service(rng.chance(0.5) ? Optional.of("service prévention") : Optional.empty()).build()
        : Intervenant.of(id)).toList();
  }

  private Operation operation(String id, List<String> porteurs) {
    Operation.Builder o = Operation.builder().id(id).intitule(rng.pick(Vocabulaire.OPERATIONS));
    if (rng.chance(0.3)) {
      o.description("Étape de la fiche action.");
    }
    if (rng.chance(0.4)) {
      o.pilote(rng.pick(porteurs));
    } else if (rng.chance(0.5)) {
      // The 1.1 way: several lead actors, with their role.
      for (String porteur : rng.sample(porteurs, rng.between(1, porteurs.size()))) {
        o.addPorteurs(Intervenant.builder().acteur(porteur).role(rng.pickOne(RoleIntervenant.values())).build());
      }
    }
    if (rng.chance(0.2)) {
      o.addPartenaires(Intervenant.builder().libelle("les associations du territoire").build());
    }
    if (rng.chance(0.3)) {
      o.addPublicsCibles(PublicCible.of(rng.pickOne(TypePublic.values())));
    }
    if (rng.chance(0.2)) {
      o.secteur(rng.chance(0.3) ? SecteurGeographique.builder().libelle("Salon régional de recrutement")
          .horsTerritoire(true).build() : secteur());
    }
    if (rng.chance(0.3)) {
      o.addFinancements(financement());
    }
    if (rng.chance(0.2)) {
      o.addIndicateurs(indicateur(id + "-ind-1"));
    }
    if (rng.chance(0.2)) {
      o.addResultatsAttendus("Opération menée à son terme");
    }
    if (rng.chance(0.1)) {
      o.extensions(Extensions.parse("{\"etiquette\":\"" + id + "\"}"));
    }
    if (rng.chance(0.5)) {
      o.calendrier(calendrier(debut, fin));
    }
    if (rng.chance(0.5)) {
      Montant.Builder m = Montant.builder().valeur(rng.euros(0, 15_000, 250));
      if (rng.chance(0.3)) {
        m.taxe(rng.pickOne(BaseTaxe.values()));
      }
      o.budget(m.build());
    }
    if (rng.chance(0.5)) {
      o.statut(rng.pickOne(StatutFiche.values()));
    }
    return o.build();
  }

  private Financement financement() {
    StatutFinancement statutFin = rng.pickOne(StatutFinancement.values());
    Financement.Builder f = Financement.builder().statut(statutFin);
    if (rng.chance(0.85)) {
      f.financeur(rng.chance(0.9) ? Intervenant.of(rng.pick(financeurs))
          : Intervenant.builder().cls(rng.pickOne(EntiteCls.values())).build());
      if (rng.chance(0.1)) {
        f.addFinanceursAlternatifs(Intervenant.builder().libelle("les collectivités").build());
      }
    }
    if (rng.chance(0.1)) {
      f.fondsPropres(true);
    }
    if (rng.chance(0.2)) {
      TypeDispositif type = rng.pickOne(TypeDispositif.values());
      f.dispositif(type == TypeDispositif.AUTRE
          ? DispositifFinancement.builder().type(type).libelle("Fonds régional de prévention").build()
          : DispositifFinancement.of(type));
    }
    if (statutFin != StatutFinancement.A_DEFINIR && statutFin != StatutFinancement.FINANCEUR_IDENTIFIE) {
      Montant.Builder m = Montant.builder();
      BigDecimal valeur = rng.euros(500, 60_000, 100);
      if (rng.chance(0.15)) {
        // A range, "entre … et … €".
        m.minimum(valeur).maximum(valeur.add(rng.euros(0, 10_000, 500)));
      } else {
        m.valeur(valeur);
      }
      if (rng.chance(0.1)) {
        m.uniteLibelle("par an et par poste");
      }
      if (rng.chance(0.4)) {
        m.taxe(rng.pickOne(BaseTaxe.values()));
      }
      if (rng.chance(0.5)) {
        m.unite(rng.pickOne(UniteMontant.values()));
      }
      f.montant(m.build());
    }
    if (rng.chance(0.4)) {
      int from = debut != null ? debut.getYear() : today.getYear();
      int to = fin != null ? fin.getYear() : from + 3;
      f.annee(Math.max(1990, Math.min(2100, rng.between(from, to))));
    }
    if (rng.chance(0.3)) {
      f.libelle(rng.pickOne("Fonds d'intervention régional", "Appel à projets prévention", "Crédits de droit commun",
          "Conférence des financeurs"));
    }
    return f.build();
  }

  private Indicateur indicateur(String id) {
    NatureIndicateur natureInd = rng.chance(0.75) ? NatureIndicateur.QUANTITATIF : NatureIndicateur.QUALITATIF;
    boolean pourcentage = natureInd == NatureIndicateur.QUANTITATIF && rng.chance(0.35);
    Indicateur.Builder i = Indicateur.builder().id(id).nature(natureInd);
    if (rng.chance(0.8)) {
      // Contracts often say only whether an indicator is quantitative or qualitative.
      i.niveau(rng.pickOne(NiveauIndicateur.values()));
    }
    if (natureInd == NatureIndicateur.QUALITATIF) {
      i.libelle(rng.pick(Vocabulaire.INDICATEURS_QUALITATIFS));
    } else if (pourcentage) {
      i.libelle(rng.pick(Vocabulaire.INDICATEURS_POURCENTAGE)).unite("%");
    } else {
      i.libelle(rng.pick(Vocabulaire.INDICATEURS_QUANTITATIFS)).unite(rng.pick(Vocabulaire.UNITES));
    }
    if (rng.chance(0.3)) {
      i.calcul(pourcentage ? "Effectif concerné rapporté à l'effectif total, en pourcentage" : "Décompte annuel");
    }
    if (rng.chance(0.5)) {
      i.source(rng.pick(Vocabulaire.SOURCES));
    }
    if (rng.chance(0.4)) {
      i.frequence(rng.pickOne(FrequenceCollecte.values()));
    }
    int nValeurs = rng.between(0, 1 + size / 4);
    for (int v = 0; v < nValeurs; v++) {
      valeur(natureInd, pourcentage).ifPresent(i::addValeurs);
    }
    return i.build();
  }

  private Optional<ValeurIndicateur> valeur(NatureIndicateur natureInd, boolean pourcentage) {
    TypeValeur type = rng.pickOne(TypeValeur.values());
    LocalDate date;
    switch (type) {
      case REFERENCE -> {
        LocalDate avant = debut != null ? min(debut, today) : today;
        date = rng.day(avant.minusYears(2), avant);
      }
      case CIBLE -> date = debut != null ? rng.day(debut, fin) : rng.day(today.plusDays(60), today.plusYears(4));
      default -> {
        // An achievement is dated within the period and not after the reference date.
        if (debut == null || debut.isAfter(dernierJourEcoule())) {
          return Optional.empty();
        }
        date = rng.day(debut, dernierJourEcoule());
      }
    }
    ValeurIndicateur.Builder v = ValeurIndicateur.builder().type(type).date(date);
    if (natureInd == NatureIndicateur.QUALITATIF) {
      v.texte(rng.pick(Vocabulaire.APPRECIATIONS));
    } else if (pourcentage) {
      v.nombre(BigDecimal.valueOf(rng.between(0, 1000), 1));
    } else {
      v.nombre(BigDecimal.valueOf(rng.between(0, 500)));
    }
    if (rng.chance(0.2)) {
      v.commentaire("Valeur issue du bilan annuel.");
    }
    return Optional.of(v.build());
  }

  // ---- governance, coordination -----------------------------------------------------------------

  private Gouvernance gouvernance() {
    Gouvernance.Builder g = Gouvernance.builder();
    if (rng.chance(0.3)) {
      g.description("Le comité de pilotage valide le plan d'action ; le comité technique en suit la mise en œuvre.");
    }
    List<String> signatairesIds = signataires.stream().map(Signataire::acteur).toList();
    List<String> tous = List.copyOf(acteurs.keySet());
    int n = rng.between(1, 1 + size / 5);
    List<TypeInstance> types = new ArrayList<>(List.of(TypeInstance.values()));
    for (int i = 0; i < n && !types.isEmpty(); i++) {
      TypeInstance type = i == 0 ? TypeInstance.COPIL : rng.pick(types);
      types.remove(type);
      Instance.Builder in = Instance.builder().id(type.name().toLowerCase(Locale.ROOT).replace('_', '-')).type(type);
      if (rng.chance(0.6)) {
        in.libelle(type.libelle() + " du contrat local de santé");
      }
      if (rng.chance(0.4)) {
        in.role("Instance de suivi du contrat.");
      }
      List<String> composition = rng.sample(signatairesIds.isEmpty() ? tous : signatairesIds, rng.between(1, 6));
      if (rng.chance(0.7)) {
        in.composition(composition);
      }
      if (rng.chance(0.3)) {
        in.compositionLibelle("Signataires du contrat et partenaires associés");
      }
      if (rng.chance(0.6)) {
        in.addPresidence(ars);
        if (rng.chance(0.5)) {
          in.addPresidence(epciIds.get(0));
        }
      }
      if (rng.chance(0.6)) {
        in.frequenceMinimaleParAn(rng.between(1, 4));
      }
      if (rng.chance(0.3)) {
        in.frequence(rng.pickOne(FrequenceReunion.values()));
      }
      g.addInstances(in.build());
    }
    return g.build();
  }

  /** The clauses of amendment, termination and evaluation; the evaluation presented to an instance declared. */
  private Clauses clauses(Gouvernance gouvernance) {
    Clauses.Builder c = Clauses.builder();
    if (rng.chance(0.7)) {
      c.modification("Le contrat peut être modifié par avenant, après validation du comité de pilotage et "
          + "signature de toutes les parties.");
    }
    if (rng.chance(0.5)) {
      UniteDuree unite = rng.pickOne(UniteDuree.values());
      int valeur = switch (unite) {
        case JOURS -> rng.between(15, 90);
        case SEMAINES -> rng.between(2, 12);
        case MOIS -> rng.between(1, 6);
        case ANNEES -> 1;
      };
      c.resiliation("Chaque signataire peut résilier le contrat par lettre recommandée adressée aux autres parties.");
      c.preavisResiliation(Delai.builder().valeur(valeur).unite(unite)
          .libelle(valeur + " " + unite.libelle().toLowerCase(Locale.FRENCH)).build());
    }
    if (rng.chance(0.7)) {
      ModalitesEvaluation.Builder e = ModalitesEvaluation.builder().frequence(FrequenceCollecte.ANNUELLE)
          .parAction(rng.chance(0.7)).finale(rng.chance(0.8));
      if (gouvernance != null && !gouvernance.instances().isEmpty() && rng.chance(0.7)) {
        e.instance(rng.pick(gouvernance.instances()).id());
      }
      if (fin != null && rng.chance(0.5)) {
        e.echeanceFinale(Calendaire.contenant(fin, rng.pickOne(PrecisionDate.SEMESTRE, PrecisionDate.ANNEE)));
      }
      if (rng.chance(0.5)) {
        e.description("Bilan annuel de chaque action présenté au comité de pilotage ; évaluation finale à l'échéance.");
      }
      c.evaluation(e.build());
    }
    return c.build();
  }

  private Coordination coordination() {
    Coordination.Builder c = Coordination.builder();
    if (rng.chance(0.8)) {
      c.employeur(groupement != null && rng.chance(0.5) ? groupement : epciIds.get(0));
    }
    if (rng.chance(0.6)) {
      c.intitulePoste(rng.pickOne("Coordinatrice du contrat local de santé", "Coordonnateur santé", "Animatrice territoriale de santé"));
    }
    if (rng.chance(0.6)) {
      c.etp(new BigDecimal(rng.pickOne("0.5", "0.8", "1.0", "1", "0.75")));
    }
    if (rng.chance(0.7)) {
      List<String> cofinanceurs = rng.sample(financeurs, rng.between(1, 3));
      List<BigDecimal> parts = switch (cofinanceurs.size()) {
        case 1 -> List.of(new BigDecimal("100"));
        case 2 -> rng.pickOne(List.of(new BigDecimal("50"), new BigDecimal("50")),
            List.of(new BigDecimal("60"), new BigDecimal("40")), List.of(new BigDecimal("70.5"), new BigDecimal("29.5")));
        default -> rng.pickOne(List.of(new BigDecimal("40"), new BigDecimal("30"), new BigDecimal("30")),
            List.of(new BigDecimal("33.33"), new BigDecimal("33.33"), new BigDecimal("33.34")));
      };
      for (int i = 0; i < cofinanceurs.size(); i++) {
        c.addCofinancements(PartCofinancement.of(cofinanceurs.get(i), parts.get(i)));
      }
    }
    if (rng.chance(0.4)) {
      c.missions(rng.sample(Vocabulaire.MISSIONS, rng.between(1, 3)));
    }
    if (rng.chance(0.4)) {
      c.contact(contact());
    }
    return c.build();
  }

  // ---- amendments, evaluations ------------------------------------------------------------------

  private List<Avenant> avenants() {
    List<Avenant> out = new ArrayList<>();
    if (!statut.isSigne() || size < 2) {
      return out;
    }
    LocalDate lo = max(signature, debut).plusDays(30);
    LocalDate hi = dernierJourEcoule().minusDays(1);
    if (lo.isAfter(hi)) {
      return out;
    }
    int n = rng.between(0, Math.min(3, 1 + size / 4));
    List<LocalDate> dates = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      dates.add(rng.day(lo, hi));
    }
    dates = dates.stream().distinct().sorted().toList();
    List<String> enVigueur = new ArrayList<>();
    for (Signataire s : signataires) {
      if (s.role() == RoleSignataire.SIGNATAIRE || rng.chance(0.3)) {
        enVigueur.add(s.acteur());
      }
    }
    List<String> candidatsAjout = new ArrayList<>(acteurs.keySet());
    candidatsAjout.removeAll(signataires.stream().map(Signataire::acteur).toList());
    for (int i = 0; i < dates.size(); i++) {
      LocalDate d = dates.get(i);
      Avenant.Builder a = Avenant.builder().numero(i + 1).date(d)
          .objet(rng.pickOne("Ajout d'une fiche action", "Intégration d'un nouveau signataire",
              "Prolongation du calendrier d'une fiche", "Mise à jour du plan de financement"));
      if (rng.chance(0.6)) {
        a.dateValidationCopil(d.minusDays(rng.between(5, 60)));
      }
      // Signed by every party in force at its date (CLS-CYC-004), the parties added before included.
      for (String id : enVigueur) {
        a.addSignatures(rng.chance(0.6) ? SignatureAvenant.of(id, d) : SignatureAvenant.builder().acteur(id).build());
      }
      if (!candidatsAjout.isEmpty() && rng.chance(0.3)) {
        String ajoute = rng.pick(candidatsAjout);
        candidatsAjout.remove(ajoute);
        a.addActeursAjoutes(ajoute);
        enVigueur.add(ajoute);
      }
      out.add(a.build());
      if (rng.chance(0.6)) {
        evenements.add(Evenement.builder().type(TypeEvenement.AVENANT).date(DateCalendaire.jour(d))
            .libelle("Avenant n° " + (i + 1)).build());
      }
    }
    return out;
  }

  private List<Evaluation> evaluations() {
    List<Evaluation> out = new ArrayList<>();
    if (!statut.isSigne() || size < 2) {
      return out;
    }
    LocalDate dernier = dernierJourEcoule();
    // Annual evaluations of the whole calendar years already over.
    for (int y = debut.getYear(); y < dernier.getYear() && out.size() < 1 + size / 6; y++) {
      LocalDate jan = LocalDate.of(y, 1, 1);
      if (!jan.isBefore(debut) && rng.chance(0.5)) {
        out.add(evaluation(TypeEvaluation.ANNUELLE, Periode.builder().debut(DateCalendaire.annee(y)).build(),
            LocalDate.of(y, 12, 31)));
      }
    }
    LocalDate mi = debut.plusMonths(18).minusDays(1);
    if (!mi.isAfter(dernier) && rng.chance(0.4)) {
      out.add(evaluation(TypeEvaluation.INTERMEDIAIRE, Periode.of(DateCalendaire.jour(debut), DateCalendaire.jour(mi)), mi));
    }
    if (!fin.isAfter(today) && statut != StatutContrat.RESILIE && rng.chance(0.6)) {
      out.add(evaluation(TypeEvaluation.FINALE, Periode.builder().debut(Calendaire.commencantLe(rng, debut))
          .fin(Calendaire.finissantLe(rng, fin)).libelle("Évaluation finale du contrat").build(), fin));
    }
    return out;
  }

  private Evaluation evaluation(TypeEvaluation type, Periode periode, LocalDate finPeriode) {
    Evaluation.Builder e = Evaluation.builder().type(type).periode(periode);
    if (!evaluateurs.isEmpty() && rng.chance(0.7)) {
      e.auteur(rng.pick(evaluateurs));
    }
    if (rng.chance(0.6)) {
      e.synthese("Les actions engagées répondent aux besoins identifiés ; la mobilisation des partenaires est à poursuivre.");
    }
    if (rng.chance(0.4)) {
      e.realisations(rng.sample(Vocabulaire.REALISATIONS, rng.between(1, 3)));
    }
    if (rng.chance(0.5)) {
      evenements.add(Evenement.builder().type(TypeEvenement.EVALUATION).date(DateCalendaire.jour(min(finPeriode, today)))
          .libelle(type.libelle()).build());
    }
    return e.build();
  }

  private Extensions extensions() {
    return Extensions.parse("{\"editeur\":{\"logiciel\":\"Logiciel de démonstration\",\"version\":\"" + rng.between(1, 9)
        + "." + rng.between(0, 20) + "\",\"dossier\":" + rng.between(1, 99_999) + ",\"taux\":" + rng.between(1, 99)
        + ".50,\"etiquettes\":[\"cls\",\"sante\"]},\"synchronise\":" + rng.chance(0.5) + "}");
  }

  // ---- identifiers and words --------------------------------------------------------------------

  private Siren sirenFictif() {
    return Siren.parse(luhn(String.format(Locale.ROOT, "%08d", rng.between(10_000_000, 99_999_999))));
  }

  private Siret siretFictif() {
    String siren = sirenFictif().toString();
    if (siren.startsWith("356000000")) {
      siren = "130005481"; // never La Poste, whose SIRET follow another rule
    }
    return Siret.parse(luhn(siren + String.format(Locale.ROOT, "%04d", rng.between(1, 9999))));
  }

  /** Appends the Luhn check digit to a string of digits. */
  static String luhn(String digits) {
    int sum = 0;
    // The check digit will be rightmost: from the right, the digits at odd places are doubled.
    for (int i = digits.length() - 1, k = 0; i >= 0; i--, k++) {
      int d = digits.charAt(i) - '0';
      if (k % 2 == 0) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return digits + ((10 - sum % 10) % 10);
  }

  private Finess finess(Commune c) {
    String dep = c.departement().toString();
    String prefix = dep.length() == 3 ? dep.substring(0, 2) : dep;
    return Finess.parse(prefix + String.format(Locale.ROOT, "%07d", rng.between(0, 9_999_999)));
  }

  private Rna rna() {
    return Rna.parse("W" + String.format(Locale.ROOT, "%09d", rng.between(0, 999_999_999)));
  }

  /** A local id from a name: lower-case ASCII letters, digits and dashes. */
  static String slug(String name, int max) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > max) {
      s = s.substring(0, max).replaceAll("-+$", "");
    }
    return s.isEmpty() ? "x" : s;
  }

  /** « de Gascogne », « du Val de Gers » would need grammar the generator lacks: a dash keeps names neutral. */
  private static String tiret(String nom) {
    return "– " + nom;
  }
}
