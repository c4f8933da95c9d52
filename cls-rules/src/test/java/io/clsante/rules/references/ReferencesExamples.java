package io.clsante.rules.references;

import io.clsante.model.Acteur;
import io.clsante.model.Axe;
import io.clsante.model.Clauses;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.FicheAction;
import io.clsante.model.Indicateur;
import io.clsante.model.Intervenant;
import io.clsante.model.ModalitesEvaluation;
import io.clsante.model.TypeActeur;
import io.clsante.rules.RuleExample;
import io.clsante.rules.RuleHarness;
import java.util.List;

/** Firing examples of the reference rules, for their tests and the rule reference page. */
public final class ReferencesExamples {
  private ReferencesExamples() {}

  /**
   * Returns one example per rule of the family.
   *
   * @return the examples
   */
  public static List<RuleExample> all() {
    ContratLocalDeSante base = RuleHarness.base();
    Axe axe = base.axes().get(0);
    FicheAction fiche = axe.fiches().get(0);
    return List.of(
        RuleExample.of("CLS-REF-001", "/acteurs/6/id",
            "un second acteur reçoit l'identifiant « cpam-gers », déjà pris par la CPAM",
            "a second actor gets the id \"cpam-gers\", already taken by the CPAM",
            RuleHarness.base(b -> b.addActeurs(
                Acteur.builder().id("cpam-gers").nom("CAF du Gers").type(TypeActeur.CAF).build()))),
        RuleExample.of("CLS-REF-002", "/axes/0/fiches/0/porteurs/0",
            "le porteur de la fiche FA 1.1 devient « cc-val-de-gerss », qui n'est pas déclaré",
            "the lead of fiche FA 1.1 becomes \"cc-val-de-gerss\", which is not declared",
            RuleHarness.base(b -> b.axes(List.of(
                Axe.builder().from(axe).fiches(List.of(
                    FicheAction.builder().from(fiche).porteurs(List.of(Intervenant.of("cc-val-de-gerss"))).build())).build(),
                base.axes().get(1))))),
        RuleExample.of("CLS-REF-003", "/axes/0/fiches/0/partenaires/0",
            "un partenaire de la fiche FA 1.1 est à la fois l'acteur « cpam-gers » et la catégorie « les caisses »",
            "a partner of fiche FA 1.1 is both the actor \"cpam-gers\" and the category \"les caisses\"",
            avecFiche(FicheAction.builder().from(fiche).partenaires(List.of(
                Intervenant.builder().acteur("cpam-gers").libelle("les caisses").build())).build())),
        RuleExample.of("CLS-REF-004", "/axes/0/fiches/0/indicateurs/0/operation",
            "le premier indicateur de la fiche FA 1.1 dit mesurer l'opération « op-inconnue », que la fiche n'a pas",
            "the first indicator of fiche FA 1.1 says it measures the operation \"op-inconnue\", which the fiche lacks",
            avecFiche(FicheAction.builder().from(fiche).indicateurs(List.of(
                Indicateur.builder().from(fiche.indicateurs().get(0)).operation("op-inconnue").build())).build())),
        RuleExample.of("CLS-REF-005", "/clauses/evaluation/instance",
            "les clauses présentent l'évaluation à l'instance « copill », qui n'est pas déclarée",
            "the clauses present the evaluation to the instance \"copill\", which is not declared",
            evaluationPresenteeA("copill")));
  }

  /** Returns the base contract with its first fiche replaced. */
  static ContratLocalDeSante avecFiche(FicheAction fiche) {
    ContratLocalDeSante base = RuleHarness.base();
    return RuleHarness.base(b -> b.axes(List.of(
        Axe.builder().from(base.axes().get(0)).fiches(List.of(fiche)).build(), base.axes().get(1))));
  }

  /** The base contract whose clauses present the evaluation to the given instance. */
  static ContratLocalDeSante evaluationPresenteeA(String instance) {
    return RuleHarness.base(b -> b.clauses(Clauses.builder()
        .evaluation(ModalitesEvaluation.builder().parAction(true).instance(instance).build()).build()));
  }
}
