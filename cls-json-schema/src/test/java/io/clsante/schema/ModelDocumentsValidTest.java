package io.clsante.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clsante.model.Acteur;
import io.clsante.model.Avenant;
import io.clsante.model.Axe;
import io.clsante.model.BaseTaxe;
import io.clsante.model.CommuneTerritoire;
import io.clsante.model.Contact;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Coordination;
import io.clsante.model.DateCalendaire;
import io.clsante.model.EpciTerritoire;
import io.clsante.model.Evaluation;
import io.clsante.model.Evenement;
import io.clsante.model.Extensions;
import io.clsante.model.FicheAction;
import io.clsante.model.Financement;
import io.clsante.model.FrequenceCollecte;
import io.clsante.model.Gouvernance;
import io.clsante.model.Indicateur;
import io.clsante.model.Instance;
import io.clsante.model.Intervenant;
import io.clsante.model.Montant;
import io.clsante.model.NatureContrat;
import io.clsante.model.NatureIndicateur;
import io.clsante.model.NiveauIndicateur;
import io.clsante.model.ObjectifSpecifique;
import io.clsante.model.ObjectifStrategique;
import io.clsante.model.Operation;
import io.clsante.model.PartCofinancement;
import io.clsante.model.Periode;
import io.clsante.model.Population;
import io.clsante.model.Priorite;
import io.clsante.model.PublicCible;
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
import io.clsante.model.TypeEvaluation;
import io.clsante.model.TypeEvenement;
import io.clsante.model.TypeInstance;
import io.clsante.model.TypePublic;
import io.clsante.model.TypeValeur;
import io.clsante.model.UniteMontant;
import io.clsante.model.ValeurIndicateur;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import io.clsante.model.id.Finess;
import io.clsante.model.id.Rna;
import io.clsante.model.id.Siren;
import io.clsante.model.id.Siret;
import io.clsante.model.json.ClsJson;
import io.clsante.model.json.ClsJsonException;
import io.clsante.model.json.StructuralProblem;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every document the model writes is valid for the structural pass, and for networknt on the schema. */
class ModelDocumentsValidTest {

  private static void assertValid(String json) {
    List<StructuralProblem> problems = ClsSchema.standard().validate(json);
    assertEquals(List.of(), problems, problems::toString);
    assertEquals(List.of(), NetworkntOracle.keys(json));
  }

  private static void assertWrittenValid(ContratLocalDeSante contrat) {
    assertValid(ClsJson.defaults().write(contrat));
  }

  @Test
  void allConceptsDocument_asWrittenInTheModelTests_isValid() {
    assertValid(Fixtures.read(Fixtures.tousConcepts()));
  }

  @Test
  void allConceptsDocument_readAndWrittenAgain_isValid() throws ClsJsonException {
    ContratLocalDeSante c = ClsJson.defaults().read(Fixtures.read(Fixtures.tousConcepts()));
    assertWrittenValid(c);
    assertWrittenValid(c.redacted());
  }

  @Test
  void smallestContract_withOnlyRequiredProperties_isValid() {
    assertWrittenValid(ContratLocalDeSante.builder().identifiant("c").intitule("C")
        .nature(NatureContrat.CONTRAT_PREFIGURATION).statut(StatutContrat.EN_PREFIGURATION)
        .territoire(Territoire.builder().build()).build());
  }

  @Test
  void baseContractOfTheTests_isValid() {
    assertWrittenValid(Fixtures.base());
  }

  @Test
  void contractWithEveryCodeAndEveryBound_isValid() {
    ContratLocalDeSante c = everything();
    assertEquals(java.util.Set.of(), ModelConstraints.violations(c), "the contract breaks the model's constraints");
    assertWrittenValid(c);
  }

  @TestFactory
  Stream<DynamicTest> referenceExamples_areValid() {
    return Fixtures.referenceExamples().stream().map(file -> DynamicTest.dynamicTest(
        file.getFileName().toString(), () -> assertValid(Fixtures.read(file))));
  }

  @TestFactory
  Stream<DynamicTest> referenceExamples_readAndWrittenAgain_areValid() {
    return Fixtures.referenceExamples().stream().map((Path file) -> DynamicTest.dynamicTest(
        file.getFileName().toString(),
        () -> assertWrittenValid(ClsJson.defaults().read(Fixtures.read(file)))));
  }

  /**
   * A contract that uses every code of every code list, every optional property, and the values at
   * the bounds of the constraints: longest texts and ids, extreme years and dates, 0 and 100 %, the
   * largest int, amounts with many decimals, negative amounts (a rule, not the format, refuses them).
   */
  static ContratLocalDeSante everything() {
    String text500 = "é".repeat(500);
    String text20000 = "x".repeat(20000);
    String id64 = "A" + "z0_.-".repeat(12) + "abc";
    ContratLocalDeSante.Builder b = ContratLocalDeSante.builder()
        .identifiant(id64).intitule(text500).description(text20000)
        .nature(NatureContrat.CLS).generation(Integer.MAX_VALUE).predecesseur("0")
        .statut(StatutContrat.RENOUVELE)
        .periode(Periode.builder().debut(DateCalendaire.parse("1900")).fin(DateCalendaire.parse("2199-12-31"))
            .libelle(text500).build())
        .territoire(Territoire.builder().libelle(text500)
            .addCommunes(CommuneTerritoire.builder().code(CodeCommune.parse("2B033")).nom(text500)
                .epci(Siren.parse("200035756")).build())
            .addCommunes(CommuneTerritoire.of(CodeCommune.parse("97411")))
            .addCommunes(CommuneTerritoire.of(CodeCommune.parse("98735")))
            .addEpci(EpciTerritoire.of(Siren.parse("200035756"), text500))
            .addDepartements(CodeDepartement.parse("2A"), CodeDepartement.parse("976"),
                CodeDepartement.parse("989"), CodeDepartement.parse("01"))
            .region(CodeRegion.parse("94")).groupement("petr")
            .population(Population.of(0, 1800)).millesimeCog(1943).build())
        .coordination(Coordination.builder().employeur("cc").intitulePoste(text500)
            .etp(new BigDecimal("100")).addMissions(text20000)
            .addCofinancements(PartCofinancement.of("ars", BigDecimal.ZERO))
            .addCofinancements(PartCofinancement.of("cc", new BigDecimal("100.000")))
            .contact(Contact.builder().fonction(text500).nom(text500).courriel("coordination@example.org")
                .telephone("0".repeat(40)).adresse(text500).build())
            .build())
        .extensions(Extensions.parse("{\"editeur\":{\"n\":[1,2.50,-3e2,null,true],\"s\":\"\"},\"vide\":{}}"));
    int i = 0;
    for (TypeEvenement t : TypeEvenement.values()) {
      String[] dates = {"2025", "2025-06", "2025-T1", "2025-T4", "2025-S1", "2025-S2", "2024-02-29", "2000-02-29"};
      b.addEvenements(Evenement.builder().type(t).date(DateCalendaire.parse(dates[i++ % dates.length]))
          .libelle(text500).build());
    }
    i = 0;
    for (TypeActeur t : TypeActeur.values()) {
      Acteur.Builder a = Acteur.builder().id("a" + i++).nom(text500).type(t).sigle(text500);
      if (i == 1) {
        a.siren(Siren.parse("200035756")).siret(Siret.parse("20003575600010")).finess(Finess.parse("2A0000014"))
            .rna(Rna.parse("W32300012Z")).codeCommune(CodeCommune.parse("32013"))
            .codeDepartement(CodeDepartement.parse("32")).codeRegion(CodeRegion.parse("76"))
            .contact(Contact.builder().fonction("Accueil").build())
            .extensions(Extensions.parse("{\"x\":1}"));
      }
      b.addActeurs(a.build());
    }
    for (RoleSignataire r : RoleSignataire.values()) {
      b.addSignataires(Signataire.builder().acteur("a0").role(r).qualite(text500)
          .dateSignature(LocalDate.of(1, 1, 1)).deliberation(text500).build());
    }
    Gouvernance.Builder g = Gouvernance.builder();
    for (TypeInstance t : TypeInstance.values()) {
      g.addInstances(Instance.builder().id("i-" + t.ordinal()).type(t).libelle(text500).role(text20000)
          .addComposition("a0", "a1").compositionLibelle(text500).addPresidence("a0")
          .frequenceMinimaleParAn(t.ordinal() + 1).build());
    }
    b.gouvernance(g.description(text20000).build());
    FicheAction.Builder f = FicheAction.builder().id("f").code("F".repeat(40)).intitule(text500)
        .description(text20000).addAllThematiques(List.of(Thematique.values())).objectifGeneral(text20000)
        .addObjectifsSpecifiques(ObjectifSpecifique.builder().libelle(text20000)
            .addObjectifsOperationnels(text20000).build())
        .addPorteurs(Intervenant.of("a0")).addPartenaires(Intervenant.of("a1"), Intervenant.of("a2"))
        .secteur(SecteurGeographique.builder().toutLeTerritoire(true).addCommunes(CodeCommune.parse("32013"))
            .addEpci(Siren.parse("200035756")).libelle(text500).build())
        .calendrier(Periode.builder().debut(DateCalendaire.parse("2026-S2")).pasAvant(true).libelle("Pas avant").build())
        .budgetPrevisionnel(Montant.of(new BigDecimal("-12345678901234567890.123456789")))
        .priorite(Priorite.BASSE).statut(StatutFiche.EN_RETARD)
        .addResultatsAttendus(text20000).addObjectifsPrs(text20000)
        .extensions(Extensions.empty());
    for (TypePublic t : TypePublic.values()) {
      f.addPublicsCibles(t == TypePublic.AUTRE ? PublicCible.builder().type(t).libelle(text500).build()
          : PublicCible.of(t));
    }
    for (StatutFiche s : StatutFiche.values()) {
      f.addOperations(Operation.builder().id("o-" + s.ordinal()).intitule(text500).description(text20000)
          .pilote("a0").calendrier(Periode.of(DateCalendaire.parse("2026"), DateCalendaire.parse("2027-T2")))
          .budget(Montant.of(new BigDecimal("0.00"))).statut(s).build());
    }
    i = 0;
    for (StatutFinancement s : StatutFinancement.values()) {
      for (UniteMontant u : UniteMontant.values()) {
        Financement.Builder fin = Financement.builder().financeur(Intervenant.of("a0")).statut(s).annee(i++ % 2 == 0 ? 1990 : 2100)
            .libelle(text500);
        if (s != StatutFinancement.A_DEFINIR && s != StatutFinancement.FINANCEUR_IDENTIFIE) {
          fin.montant(Montant.builder().valeur(new BigDecimal("1E+3")).taxe(BaseTaxe.values()[i % 2]).unite(u).build());
        }
        f.addFinancements(fin.build());
      }
    }
    i = 0;
    for (NiveauIndicateur n : NiveauIndicateur.values()) {
      for (NatureIndicateur nat : NatureIndicateur.values()) {
        FrequenceCollecte freq = FrequenceCollecte.values()[i % FrequenceCollecte.values().length];
        Indicateur.Builder ind = Indicateur.builder().id("ind-" + i++).libelle(text500).niveau(n).nature(nat)
            .unite("u".repeat(60)).calcul(text20000).source(text500).frequence(freq);
        for (TypeValeur t : TypeValeur.values()) {
          ValeurIndicateur.Builder v = ValeurIndicateur.builder().type(t).date(LocalDate.of(9999, 12, 31))
              .commentaire(text20000);
          if (nat == NatureIndicateur.QUANTITATIF) {
            v.nombre(new BigDecimal("0.000001"));
          } else {
            v.texte(text20000);
          }
          ind.addValeurs(v.build());
        }
        f.addIndicateurs(ind.build());
      }
    }
    b.addAxes(Axe.builder().id("axe").numero(Integer.MAX_VALUE).intitule(text500).description(text20000)
        .addAllThematiques(List.of(Thematique.values())).addObjectifsStrategiques(ObjectifStrategique.builder().id("os").numero("n".repeat(20))
            .intitule(text20000).build())
        .addFiches(f.build()).build());
    b.addAvenants(Avenant.builder().numero(1).date(LocalDate.of(2026, 2, 28)).objet(text20000)
        .dateValidationCopil(LocalDate.of(2026, 1, 31)).addSignatures(SignatureAvenant.of("a0", LocalDate.of(2026, 2, 28)))
        .addSignatures(SignatureAvenant.builder().acteur("a1").build()).addActeursAjoutes("a2").build());
    for (TypeEvaluation t : TypeEvaluation.values()) {
      b.addEvaluations(Evaluation.builder().type(t).periode(Periode.builder().debut(DateCalendaire.parse("2027")).build())
          .auteur("a0").synthese(text20000).addRealisations(text20000).build());
    }
    return b.build();
  }
}
