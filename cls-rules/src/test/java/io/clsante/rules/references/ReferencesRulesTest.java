package io.clsante.rules.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.Acteur;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.EntiteCls;
import io.clsante.model.FicheAction;
import io.clsante.model.Financement;
import io.clsante.model.Indicateur;
import io.clsante.model.Intervenant;
import io.clsante.model.Operation;
import io.clsante.model.RoleIntervenant;
import io.clsante.model.StatutFinancement;
import io.clsante.model.TypeActeur;
import io.clsante.rules.Finding;
import io.clsante.rules.RuleHarness;
import io.clsante.rules.spi.Rule;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReferencesRulesTest {
  private static final Rule UNIQUE = new IdentifiantsUniques();
  private static final Rule RESOLVED = new ReferencesResolues();
  private static final Rule DESIGNE = new IntervenantDesigne();
  private static final Rule MESUREES = new OperationsMesurees();

  @Test
  void validContract_isQuiet() {
    assertEquals(List.of(), RuleHarness.check(UNIQUE, RuleHarness.base()));
    assertEquals(List.of(), RuleHarness.check(RESOLVED, RuleHarness.base()));
  }

  static Stream<Arguments> duplicates() {
    ContratLocalDeSante base = RuleHarness.base();
    return Stream.of(
        Arguments.of("actor", RuleHarness.base(b -> b.addActeurs(
            Acteur.builder().id("cpam-gers").nom("Autre").type(TypeActeur.CAF).build())), "/acteurs/6/id"),
        Arguments.of("fiche across axes", RuleHarness.base(b -> b.axes(List.of(base.axes().get(0),
            io.clsante.model.Axe.builder().from(base.axes().get(1)).fiches(List.of(
                FicheAction.builder().from(base.axes().get(1).fiches().get(0)).id("fa-1-1").build())).build()))),
            "/axes/1/fiches/0/id"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("duplicates")
  void duplicateId_fires(String label, ContratLocalDeSante c, String pointer) {
    List<Finding> f = RuleHarness.check(UNIQUE, c);
    assertEquals(1, f.size(), f.toString());
    assertEquals(pointer, f.get(0).pointer());
    assertEquals("CLS-REF-001", f.get(0).ruleId());
  }

  @Test
  void examples_fireExactlyOnceAtTheirPointer() {
    for (io.clsante.rules.RuleExample e : ReferencesExamples.all()) {
      Rule rule = RuleHarness.rule(e.ruleId());
      List<Finding> f = RuleHarness.check(rule, e.contrat());
      assertEquals(1, f.size(), e.ruleId() + " " + f);
      assertEquals(e.pointer(), f.get(0).pointer());
    }
  }

  @Test
  void unknownReference_fires() {
    ContratLocalDeSante c = RuleHarness.base(b -> b.axes(List.of(
        io.clsante.model.Axe.builder().from(RuleHarness.base().axes().get(0)).fiches(List.of(
            FicheAction.builder().from(RuleHarness.base().axes().get(0).fiches().get(0))
                .porteurs(List.of(Intervenant.of("cc-val-de-gers"), Intervenant.of("inconnu"))).build())).build())));
    List<Finding> f = RuleHarness.check(RESOLVED, c);
    assertEquals(1, f.size(), f.toString());
    assertEquals("/axes/0/fiches/0/porteurs/1", f.get(0).pointer());
    assertEquals(List.of("inconnu"), f.get(0).arguments());
    assertEquals("aucun acteur n'a l'identifiant « inconnu » ; déclarez-le dans « acteurs » ou corrigez la référence",
        f.get(0).message(java.util.Locale.FRENCH));
  }

  private static final FicheAction FICHE = RuleHarness.base().axes().get(0).fiches().get(0);
  private static final Operation OPERATION = FICHE.operations().get(0);

  static Stream<Arguments> intervenants() {
    Intervenant acteur = Intervenant.of("cc-val-de-gers");
    Intervenant categorie = Intervenant.builder().libelle("les communes").role(RoleIntervenant.ASSOCIE).build();
    Intervenant cls = Intervenant.builder().cls(EntiteCls.COORDINATION).service("coordination").build();
    Intervenant aucun = Intervenant.builder().role(RoleIntervenant.PORTEUR).build();
    Intervenant deux = Intervenant.builder().acteur("cc-val-de-gers").libelle("la CC").build();
    Intervenant trois = Intervenant.builder().acteur("cc-val-de-gers").libelle("la CC").cls(EntiteCls.CONTRAT).build();
    return Stream.of(
        Arguments.of("an actor, a category, the coordination", List.of(acteur, categorie, cls), List.of()),
        Arguments.of("none of the three", List.of(acteur, aucun), List.of(0L)),
        Arguments.of("two of the three", List.of(deux), List.of(2L)),
        Arguments.of("all three", List.of(trois), List.of(3L)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("intervenants")
  void intervenant_namesExactlyOne(String label, List<Intervenant> partenaires, List<Long> designations) {
    ContratLocalDeSante c = ReferencesExamples.avecFiche(FicheAction.builder().from(FICHE)
        .operations(List.of(Operation.builder().from(OPERATION).partenaires(partenaires).build())).build());
    List<Finding> f = RuleHarness.check(DESIGNE, c);
    assertEquals(designations, f.stream().map(x -> x.arguments().get(0)).toList(), f.toString());
    f.forEach(x -> assertTrue(x.pointer().startsWith("/axes/0/fiches/0/operations/0/partenaires/"), x.pointer()));
  }

  static Stream<Arguments> operationReferences() {
    Financement alternatif = Financement.builder().statut(StatutFinancement.FINANCEUR_IDENTIFIE)
        .financeur(Intervenant.of("cc-val-de-gers")).addFinanceursAlternatifs(Intervenant.of("inconnu-2")).build();
    return Stream.of(
        Arguments.of("known lead of an operation", Operation.builder().from(OPERATION)
            .addPorteurs(Intervenant.of("cc-val-de-gers")).build(), List.of()),
        Arguments.of("unknown lead of an operation", Operation.builder().from(OPERATION)
            .addPorteurs(Intervenant.of("cc-val-de-gers"), Intervenant.of("inconnu")).build(),
            List.of("/axes/0/fiches/0/operations/0/porteurs/1")),
        Arguments.of("a category is not a reference", Operation.builder().from(OPERATION)
            .addPartenaires(Intervenant.builder().libelle("inconnu").build()).build(), List.of()),
        Arguments.of("unknown alternative funder of an operation", Operation.builder().from(OPERATION)
            .addFinancements(alternatif).build(),
            List.of("/axes/0/fiches/0/operations/0/financements/0/financeursAlternatifs/0")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationReferences")
  void operationReferences_resolve(String label, Operation operation, List<String> pointers) {
    ContratLocalDeSante c = ReferencesExamples.avecFiche(
        FicheAction.builder().from(FICHE).operations(List.of(operation)).build());
    assertEquals(pointers, RuleHarness.check(RESOLVED, c).stream().map(Finding::pointer).toList());
  }

  static Stream<Arguments> mesures() {
    return Stream.of(
        Arguments.of("no operation named", Optional.empty(), List.of()),
        Arguments.of("an operation of the fiche", Optional.of(OPERATION.id()), List.of()),
        Arguments.of("an operation the fiche lacks", Optional.of("op-autre"),
            List.of("/axes/0/fiches/0/indicateurs/0/operation")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mesures")
  void indicatorOperation_isAnOperationOfTheFiche(String label, Optional<String> operation, List<String> pointers) {
    ContratLocalDeSante c = ReferencesExamples.avecFiche(FicheAction.builder().from(FICHE).indicateurs(List.of(
        Indicateur.builder().from(FICHE.indicateurs().get(0)).operation(operation).build())).build());
    assertEquals(pointers, RuleHarness.check(MESUREES, c).stream().map(Finding::pointer).toList());
  }

  // --- CLS-REF-005 ---------------------------------------------------------------------------

  @Test
  void evaluationPresentedToAnUndeclaredInstance_fires() {
    RuleHarness.assertFinding("CLS-REF-005", ReferencesExamples.evaluationPresenteeA("cotech"),
        "/clauses/evaluation/instance", List.of("cotech"));
    RuleHarness.assertFinding("CLS-REF-005", RuleHarness.base(b -> b.gouvernance(java.util.Optional.empty())
        .clauses(ReferencesExamples.evaluationPresenteeA("copil").clauses())),
        "/clauses/evaluation/instance", List.of("copil"));
  }

  @Test
  void evaluationPresentedToADeclaredInstance_orToNone_isQuiet() {
    RuleHarness.assertQuiet("CLS-REF-005", ReferencesExamples.evaluationPresenteeA("copil"));
    RuleHarness.assertQuiet("CLS-REF-005", RuleHarness.base(b -> b.clauses(io.clsante.model.Clauses.builder()
        .modification("Par avenant.").build())));
    RuleHarness.assertQuiet("CLS-REF-005", RuleHarness.base());
  }
}
