package io.clsante.rules.references;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clsante.model.Acteur;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.FicheAction;
import io.clsante.model.TypeActeur;
import io.clsante.rules.Finding;
import io.clsante.rules.RuleHarness;
import io.clsante.rules.spi.Rule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReferencesRulesTest {
  private static final Rule UNIQUE = new IdentifiantsUniques();
  private static final Rule RESOLVED = new ReferencesResolues();

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
                .porteurs(List.of("cc-val-de-gers", "inconnu")).build())).build())));
    List<Finding> f = RuleHarness.check(RESOLVED, c);
    assertEquals(1, f.size(), f.toString());
    assertEquals("/axes/0/fiches/0/porteurs/1", f.get(0).pointer());
    assertEquals(List.of("inconnu"), f.get(0).arguments());
    assertEquals("aucun acteur n'a l'identifiant « inconnu » ; déclarez-le dans « acteurs » ou corrigez la référence",
        f.get(0).message(java.util.Locale.FRENCH));
  }

  // --- CLS-REF-003 ---------------------------------------------------------------------------

  @Test
  void evaluationPresentedToAnUndeclaredInstance_fires() {
    RuleHarness.assertFinding("CLS-REF-003", ReferencesExamples.evaluationPresenteeA("cotech"),
        "/clauses/evaluation/instance", List.of("cotech"));
    RuleHarness.assertFinding("CLS-REF-003", RuleHarness.base(b -> b.gouvernance(java.util.Optional.empty())
        .clauses(ReferencesExamples.evaluationPresenteeA("copil").clauses())),
        "/clauses/evaluation/instance", List.of("copil"));
  }

  @Test
  void evaluationPresentedToADeclaredInstance_orToNone_isQuiet() {
    RuleHarness.assertQuiet("CLS-REF-003", ReferencesExamples.evaluationPresenteeA("copil"));
    RuleHarness.assertQuiet("CLS-REF-003", RuleHarness.base(b -> b.clauses(io.clsante.model.Clauses.builder()
        .modification("Par avenant.").build())));
    RuleHarness.assertQuiet("CLS-REF-003", RuleHarness.base());
  }
}
