package io.clsante.tableur;

import static io.clsante.tableur.Colonne.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.Acteur;
import io.clsante.model.Axe;
import io.clsante.model.BaseTaxe;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.DateCalendaire;
import io.clsante.model.EntiteCls;
import io.clsante.model.FicheAction;
import io.clsante.model.Financement;
import io.clsante.model.Intervenant;
import io.clsante.model.NatureIndicateur;
import io.clsante.model.Operation;
import io.clsante.model.Priorite;
import io.clsante.model.StatutFiche;
import io.clsante.model.StatutFinancement;
import io.clsante.model.json.ClsJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TetImportTest {
  @TempDir
  Path dir;

  static final String METADONNEES = """
      {"identifiant": "cls-exemple-2026", "intitule": "Contrat local de santé d'exemple",
       "statut": "SIGNE",
       "acteurs": [
         {"id": "ars-occitanie", "nom": "Agence régionale de santé Occitanie", "type": "ARS", "sigle": "ARS",
          "codeRegion": "76"},
         {"id": "cc-exemple", "nom": "Communauté de communes d'exemple", "type": "COMMUNAUTE_COMMUNES",
          "sigle": "CCE"}
       ]}
      """;

  static Metadonnees metadonnees() {
    return Metadonnees.lire(METADONNEES.getBytes(StandardCharsets.UTF_8));
  }

  /** A messy plan: every spelling and cell kind the template's users write. */
  Path planDesordonne() throws IOException {
    return new Plan().autreFeuilleAvant()
        .ligne(AXE, "Axe 1. Accès aux soins", SOUS_AXE, "1.1 : Attirer des médecins",
            TITRE_ACTION, "Fiche Action 1. Accueillir les internes", DESCRIPTIF, new Plan.Riche("Accueil ", "logé", " des internes"),
            OBJECTIFS, "Objectif général : Attirer des médecins\nObjectif spécifique 1 : Loger les internes\n"
                + "Objectif opérationnel 1.1 : Ouvrir deux logements\nObjectif spécifique 2 : Les accompagner",
            INDICATEURS, "- Nombre d'internes accueillis\n- Satisfaction des internes",
            STRUCTURE_PILOTE, "CCE", PARTENAIRES, "ARS, les communes du territoire",
            SERVICE_PILOTE, "Service santé", PERSONNE_PILOTE, "Personne Fictive", ELU_REFERENT, "Élue Fictive",
            PARTICIPATION, "Concertation", FINANCEMENTS, "Appel à projets régional",
            FINANCEUR_1, "ARS", MONTANT_1, 15000, FINANCEUR_2, "Coordination du CLS", MONTANT_2, "2 500,50 €",
            BUDGET, new Plan.Formule("15000+2500.5"), STATUT, "En cours", PRIORITE, "Élevé",
            DATE_DEBUT, LocalDate.of(2026, 1, 15), DATE_FIN, "31/12/2027",
            DOCUMENTS, new Plan.Lien("Guide", "https://exemple.org/guide"))
        .vide()
        .vide()
        .ligne(AXE, "Axe 1. Accès aux soins", SOUS_AXE, "1.1 : Attirer des médecins",
            TITRE_ACTION, "Fiche Action 1. Accueillir les internes", TITRE_SOUS_ACTION, "Trouver les logements",
            STRUCTURE_PILOTE, "Communauté de communes d'exemple", DATE_DEBUT, 46023, DATE_FIN, "12/14/26",
            STATUT, "Réalisé", PRIORITE, "Moyen", BUDGET, "mille euros")
        .ligne(AXE, "Axe 2 - Santé mentale", SOUS_AXE, "Objectif stratégique 1. Repérer",
            TITRE_ACTION, "Action 1. Former des secouristes", OBJECTIFS, "Former largement",
            STRUCTURE_PILOTE, "Association locale", PERSONNE_PILOTE, "Autre Personne",
            STATUT, "Inconnu", DATE_DEBUT, "03/04/26", DATE_FIN, new Plan.Formule("1/0"))
        .ligne(AXE, "Axe 2 - Santé mentale", TITRE_ACTION, "Sensibiliser les élus", STATUT, "A discuter",
            PRIORITE, "Bas", DATE_DEBUT, "2027")
        .ecrire(dir, "plan.xlsx");
  }

  @Test
  void lire_mapsTheMessyPlan() throws IOException {
    ResultatImport r = TetImport.defaults().withMetadonnees(metadonnees()).lire(planDesordonne());
    ContratLocalDeSante c = r.contrat();
    assertEquals("cls-exemple-2026", c.identifiant());
    assertEquals(List.of(1, 2), c.axes().stream().map(Axe::numero).toList());
    Axe axe1 = c.axes().get(0);
    assertEquals("Accès aux soins", axe1.intitule());
    assertEquals("1.1", axe1.objectifsStrategiques().get(0).numero().orElseThrow());
    assertEquals("Attirer des médecins", axe1.objectifsStrategiques().get(0).intitule());
    FicheAction f = axe1.fiches().get(0);
    assertEquals("Fiche Action 1", f.code());
    assertEquals("Accueillir les internes", f.intitule());
    assertEquals("Accueil logé des internes", f.description().orElseThrow());
    assertEquals("os-1-1", f.objectifStrategique().orElseThrow());
    assertEquals("Attirer des médecins", f.objectifGeneral().orElseThrow());
    assertEquals(List.of("Loger les internes", "Les accompagner"),
        f.objectifsSpecifiques().stream().map(o -> o.libelle()).toList());
    assertEquals(List.of("Ouvrir deux logements"), f.objectifsSpecifiques().get(0).objectifsOperationnels());
    assertEquals(List.of("Nombre d'internes accueillis", "Satisfaction des internes"),
        f.indicateurs().stream().map(i -> i.libelle()).toList());
    assertEquals(List.of(NatureIndicateur.QUANTITATIF, NatureIndicateur.QUALITATIF),
        f.indicateurs().stream().map(i -> i.nature()).toList());
    assertEquals(List.of(Intervenant.builder().acteur("cc-exemple").service("Service santé").build()), f.porteurs());
    assertEquals(List.of(Intervenant.of("ars-occitanie"), Intervenant.builder().libelle("les communes du territoire").build()),
        f.partenaires());
    Financement f1 = f.financements().get(0);
    assertEquals(Intervenant.of("ars-occitanie"), f1.financeur().orElseThrow());
    assertEquals(0, new BigDecimal("15000").compareTo(f1.montant().orElseThrow().valeur().orElseThrow()));
    assertEquals(BaseTaxe.HT, f1.montant().orElseThrow().taxe().orElseThrow());
    assertEquals(StatutFinancement.PREVISIONNEL, f1.statut());
    Financement f2 = f.financements().get(1);
    assertEquals(EntiteCls.COORDINATION, f2.financeur().orElseThrow().cls().orElseThrow());
    assertEquals(new BigDecimal("2500.5"), f2.montant().orElseThrow().valeur().orElseThrow());
    assertEquals(new BigDecimal("17500.5"), f.budgetPrevisionnel().orElseThrow().valeur().orElseThrow());
    assertEquals(StatutFiche.EN_COURS, f.statut().orElseThrow());
    assertEquals(Priorite.HAUTE, f.priorite().orElseThrow());
    assertEquals(DateCalendaire.jour(LocalDate.of(2026, 1, 15)), f.calendrier().orElseThrow().debut());
    assertEquals(DateCalendaire.jour(LocalDate.of(2027, 12, 31)), f.calendrier().orElseThrow().fin().orElseThrow());
    String ext = f.extensions().orElseThrow().getJson(Colonne.EXTENSION).orElseThrow();
    assertTrue(ext.contains("\"participationCitoyenne\":\"concertation\""), ext);
    assertTrue(ext.contains("\"documentsEtLiens\":\"Guide (https://exemple.org/guide)\""), ext);
    assertTrue(ext.contains("\"financements\":\"Appel à projets régional\""), ext);

    Operation op = f.operations().get(0);
    assertEquals("fa-1-1-op-1", op.id());
    assertEquals("Trouver les logements", op.intitule());
    assertEquals(List.of(Intervenant.of("cc-exemple")), op.porteurs());
    assertEquals(DateCalendaire.jour(LocalDate.of(2026, 1, 1)), op.calendrier().orElseThrow().debut());
    assertEquals(DateCalendaire.jour(LocalDate.of(2026, 12, 14)), op.calendrier().orElseThrow().fin().orElseThrow());
    assertEquals(StatutFiche.REALISEE, op.statut().orElseThrow());
    assertTrue(op.budget().isEmpty());

    Axe axe2 = c.axes().get(1);
    assertEquals("Santé mentale", axe2.intitule());
    assertEquals("1", axe2.objectifsStrategiques().get(0).numero().orElseThrow());
    FicheAction sm = axe2.fiches().get(0);
    assertEquals("Action 1", sm.code());
    assertEquals("Former largement", sm.objectifGeneral().orElseThrow());
    assertEquals(List.of(Intervenant.builder().libelle("Association locale").build()), sm.porteurs());
    assertEquals(DateCalendaire.jour(LocalDate.of(2026, 4, 3)), sm.calendrier().orElseThrow().debut());
    FicheAction elus = axe2.fiches().get(1);
    assertEquals("FA 2.2", elus.code());
    assertEquals(StatutFiche.A_DISCUTER, elus.statut().orElseThrow());
    assertEquals(Priorite.BASSE, elus.priorite().orElseThrow());
    assertEquals(DateCalendaire.annee(2027), elus.calendrier().orElseThrow().debut());

    assertTrue(c.acteurs().stream().allMatch(a -> a.contact().isEmpty()), "no personal data unless asked");
    // The whole contract, property by property: the checks above say why each value is right.
    try (java.io.InputStream attendu = TetImportTest.class.getResourceAsStream("plan-desordonne.attendu.json")) {
      assertEquals(new String(attendu.readAllBytes(), StandardCharsets.UTF_8), ClsJson.defaults().write(c));
    }

    assertEquals(List.of(
        "Fichier dimport!U4 montant.texte",
        "Fichier dimport!X7 montant.illisible",
        "Fichier dimport!AA7 date.serie",
        "Fichier dimport!AB7 date.us",
        "Fichier dimport!Z7 priorite.operation",
        "Fichier dimport!Y8 statut.inconnu",
        "Fichier dimport!AA8 date.ambigue",
        "Fichier dimport!AB8 cellule.erreur",
        "Fichier dimport!H8 objectifs.libres",
        "Fichier dimport!D9 action.sansNumero",
        "Fichier dimport personnel.ignore",
        "Fichier dimport personnel.ignore",
        " meta.absentes"), r.notes().stream().map(n -> n.cellule() + " " + n.cle()).toList());
    assertEquals("Fichier dimport!AB7 : date « 12/14/26 » lue à l'américaine (mois/jour/année) : 2026-12-14",
        r.notes().get(3).format(Locale.FRENCH));
    assertEquals("Fichier dimport!AA8 : ambiguous date \"03/04/26\" (day/month or month/day): read day/month, 2026-04-03",
        r.notes().get(6).format(Locale.ENGLISH));
  }

  @Test
  void lire_personalDataOnlyWhenAsked_intoTheContactOfTheLeadActor_neverInTheReport() throws IOException {
    Path plan = planDesordonne();
    ResultatImport sans = TetImport.defaults().withMetadonnees(metadonnees()).lire(plan);
    ResultatImport avec = TetImport.defaults().withMetadonnees(metadonnees()).withDonneesPersonnelles(true).lire(plan);
    Acteur cc = avec.contrat().acteurs().stream().filter(a -> a.id().equals("cc-exemple")).findFirst().orElseThrow();
    assertEquals("Personne Fictive", cc.contact().orElseThrow().nom().orElseThrow());
    assertEquals("Personne pilote", cc.contact().orElseThrow().fonction().orElseThrow());
    // Neither the import without the option nor the redacted copy of the one with it holds a name.
    String json = ClsJson.defaults().write(sans.contrat()) + ClsJson.defaults().write(avec.contrat().redacted());
    assertTrue(ClsJson.defaults().write(avec.contrat()).contains("Personne Fictive"));
    for (String personne : List.of("Personne Fictive", "Élue Fictive", "Autre Personne")) {
      assertFalse(json.contains(personne), personne);
      for (ResultatImport r : List.of(sans, avec)) {
        for (Note n : r.notes()) {
          for (Locale l : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            assertFalse(n.format(l).contains(personne), n.format(l));
          }
        }
      }
    }
    assertEquals(List.of("personnel.importe", "personnel.occupe", "personnel.sansActeur"),
        avec.notes().stream().map(Note::cle).filter(k -> k.startsWith("personnel")).toList());
  }

  static Stream<Arguments> libellesDesEntetes() {
    return Stream.of(
        Arguments.of("Titre de l'action   ", "Élu·e référent·e"),
        Arguments.of("TITRE DE L’ACTION", "Elu.e référent.e"),
        Arguments.of(" titre de l'action\u00a0", "Élu(e) référent(e)"));
  }

  @ParameterizedTest
  @MethodSource("libellesDesEntetes")
  void lire_recognisesLabelsWhateverTheirSpacesCaseAndApostrophes(String titre, String elu) throws IOException {
    Map<String, Colonne> libelles = new LinkedHashMap<>();
    libelles.put("Axe (x) ", AXE);
    libelles.put(titre, TITRE_ACTION);
    libelles.put(elu, ELU_REFERENT);
    libelles.put("Colonne maison", NOTES_SUIVI);
    Path f = new Plan().libelles(libelles).ligne(AXE, "Axe 3 : Prévention", TITRE_ACTION, "FA 3.1 - Dépister",
        ELU_REFERENT, "Élue Fictive").ecrire(dir, "entetes.xlsx");
    ResultatImport r = TetImport.defaults().lire(f);
    FicheAction fiche = r.contrat().axes().get(0).fiches().get(0);
    assertEquals("FA 3.1", fiche.code());
    assertEquals("Dépister", fiche.intitule());
    assertTrue(r.notes().stream().anyMatch(n -> n.cle().equals("colonne.inconnue") && n.cellule().endsWith("!D2")));
    assertTrue(r.notes().stream().anyMatch(n -> n.cle().equals("personnel.ignore")));
  }

  @Test
  void lire_axesWithoutNumberOrWithATakenOne_areNumberedAfterTheOthers_andReported() throws IOException {
    Path f = new Plan()
        .ligne(AXE, "Axe 2 - Prévention", TITRE_ACTION, "FA 2.1 - Dépister")
        .ligne(AXE, "Coordination", TITRE_ACTION, "Animer le réseau")
        .ligne(AXE, "Axe 2 : Autre", TITRE_ACTION, "Former")
        .ligne(TITRE_ACTION, "Informer")
        .ligne(TITRE_SOUS_ACTION, "Sans action")
        .ecrire(dir, "axes.xlsx");
    ResultatImport r = TetImport.defaults().lire(f);
    assertEquals(List.of("2 Prévention", "3 Coordination", "4 Autre"),
        r.contrat().axes().stream().map(a -> a.numero() + " " + a.intitule()).toList());
    assertEquals(List.of("Informer"), r.contrat().axes().get(2).fiches().stream().skip(1).map(FicheAction::intitule).toList());
    assertEquals(List.of("Fichier dimport!A5 axe.sansNumero", "Fichier dimport!D5 action.sansNumero",
        "Fichier dimport!A6 axe.numeroDouble", "Fichier dimport!D6 action.sansNumero", "Fichier dimport!A7 axe.repris",
        "Fichier dimport!D7 action.sansNumero", "Fichier dimport!A8 axe.repris", "Fichier dimport!E8 sousAction.sansAction"),
        r.notes().stream().filter(n -> n.cellule().contains("!")).map(n -> n.cellule() + " " + n.cle()).toList());
  }

  static Stream<Arguments> numerotations() {
    return Stream.of(
        Arguments.of("Axe 1. Accès", "1", "Accès"),
        Arguments.of("Axe 2 - Santé", "2", "Santé"),
        Arguments.of("4.2 : Logement", "4.2", "Logement"),
        Arguments.of("Objectif stratégique 1. Repérer", "1", "Repérer"),
        Arguments.of("Fiche Action 5. Former", "5", "Former"),
        Arguments.of("Action 1. Informer", "1", "Informer"),
        Arguments.of("FA 1.2 - Dépister", "1.2", "Dépister"),
        Arguments.of("A1-F2 - Aller vers", "1-F2", "Aller vers"),
        Arguments.of("Fiche n° 7 - Prévenir", "7", "Prévenir"));
  }

  @ParameterizedTest
  @MethodSource("numerotations")
  void numerote_readsEverySpelling(String texte, String numero, String titre) {
    Valeurs.Numerote n = Valeurs.numerote(texte).orElseThrow();
    assertEquals(numero, n.numero());
    assertEquals(titre, n.titre());
  }

  @Test
  void numerote_leavesAPlainTitle() {
    assertTrue(Valeurs.numerote("Sensibiliser les élus").isEmpty());
  }
}
