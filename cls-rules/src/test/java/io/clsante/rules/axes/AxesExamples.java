package io.clsante.rules.axes;

import io.clsante.model.Axe;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.FicheAction;
import io.clsante.model.NumerotationFiches;
import io.clsante.model.ObjectifStrategique;
import io.clsante.model.SecteurGeographique;
import io.clsante.model.Thematique;
import io.clsante.model.id.CodeCommune;
import io.clsante.rules.RuleExample;
import io.clsante.rules.RuleHarness;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Contracts that make each axis rule fire, each one targeted change of the valid base contract
 * (axis 1 "Accès aux soins" with fiche FA 1.1, axis 2 "Santé mentale" with fiche FA 2.1); also the
 * builders of the family's tests.
 */
public final class AxesExamples {
  private AxesExamples() {}

  /**
   * Returns at least one example per rule of the family.
   *
   * @return the examples, in rule id order
   */
  public static List<RuleExample> all() {
    FicheAction fa11 = RuleHarness.base().axes().get(0).fiches().get(0);
    return List.of(
        RuleExample.of("CLS-AXE-001", "/axes",
            "tous les axes sont retirés du contrat en vigueur",
            "every axis is removed from the contract in force",
            RuleHarness.base(b -> b.axes(List.of()))),
        RuleExample.of("CLS-AXE-002", "/axes/1/numero",
            "l'axe « Santé mentale » reçoit le numéro 1, celui de l'axe « Accès aux soins »",
            "the axis \"Santé mentale\" gets number 1, that of the axis \"Accès aux soins\"",
            axe(1, a -> a.numero(1))),
        RuleExample.of("CLS-AXE-003", "/axes/0/fiches/1/code",
            "une deuxième fiche de l'axe 1 reçoit le code « fa1.1 », déjà celui de « FA 1.1 »",
            "a second fiche of axis 1 gets the code \"fa1.1\", already that of \"FA 1.1\"",
            axe(0, a -> a.addFiches(FicheAction.builder().from(fa11).id("fa-1-2").code("fa1.1")
                .intitule("Faciliter l'installation des praticiens").build()))),
        RuleExample.of("CLS-AXE-004", "/axes/1/fiches/0/code",
            "la fiche de l'axe 2 est codée « FA 3.1 »",
            "the fiche of axis 2 is coded \"FA 3.1\"",
            fiche(1, 0, f -> f.code("FA 3.1"))),
        RuleExample.of("CLS-AXE-005", "/axes/1/fiches/0/porteurs",
            "l'association porteuse de la fiche FA 2.1 est retirée, la fiche n'a plus de porteur",
            "the association leading fiche FA 2.1 is removed, the fiche has no lead actor left",
            fiche(1, 0, f -> f.porteurs(List.of()))),
        RuleExample.of("CLS-AXE-006", "/axes/0/fiches/0/indicateurs",
            "les indicateurs de la fiche FA 1.1 sont retirés",
            "the indicators of fiche FA 1.1 are removed",
            fiche(0, 0, f -> f.indicateurs(List.of()))),
        RuleExample.of("CLS-AXE-007", "/axes/1/fiches",
            "la fiche de l'axe 2 « Santé mentale » est retirée, l'axe reste vide",
            "the fiche of axis 2 \"Santé mentale\" is removed, the axis is left empty",
            axe(1, a -> a.fiches(List.of()))),
        RuleExample.of("CLS-AXE-008", "/axes/1/fiches/0/secteur/communes/2",
            "la commune de Condom (32107), hors du territoire, est ajoutée au secteur de la fiche FA 2.1",
            "the commune of Condom (32107), outside the territory, is added to the sector of fiche FA 2.1",
            secteur(1, 0, s -> s.addCommunes(CodeCommune.parse("32107")))),
        RuleExample.of("CLS-AXE-009", "/axes",
            "la thématique « Santé mentale » de l'axe 2 est remplacée par "
                + "« Prévention et promotion de la santé »",
            "the theme \"Santé mentale\" of axis 2 is replaced by \"Prévention et promotion de la santé\"",
            axe(1, a -> a.thematiques(List.of(Thematique.PREVENTION_PROMOTION_SANTE)))),
        RuleExample.of("CLS-AXE-004", "/axes/1/fiches/0/code",
            "le contrat déclare une numérotation continue, mais la fiche de l'axe 2 reprend à « FA 1 »",
            "the contract declares continuous numbering, but the fiche of axis 2 starts again at \"FA 1\"",
            numerotation(NumerotationFiches.CONTINUE, List.of("FA 1"), List.of("FA 1"))),
        RuleExample.of("CLS-AXE-010", "/axes/0/fiches/0/objectifStrategique",
            "la fiche FA 1.1 se rattache à l'objectif « os-2-1 », qui n'est pas un objectif de l'axe 1",
            "fiche FA 1.1 belongs to objective \"os-2-1\", which is not an objective of axis 1",
            objectif(0, "os-1-1", "os-2-1")));
  }

  /**
   * The base contract with the given numbering and the fiches of its two axes coded as given,
   * each a copy of the first fiche.
   */
  static ContratLocalDeSante numerotation(NumerotationFiches numerotation, List<String> axe1, List<String> axe2) {
    ContratLocalDeSante base = RuleHarness.base();
    FicheAction modele = base.axes().get(0).fiches().get(0);
    List<Axe> axes = new ArrayList<>();
    List<List<String>> codes = List.of(axe1, axe2);
    for (int a = 0; a < 2; a++) {
      List<FicheAction> fiches = new ArrayList<>();
      for (int f = 0; f < codes.get(a).size(); f++) {
        fiches.add(FicheAction.builder().from(modele).id("fa-" + a + "-" + f).code(codes.get(a).get(f)).build());
      }
      axes.add(Axe.builder().from(base.axes().get(a)).fiches(fiches).build());
    }
    return RuleHarness.base(b -> b.numerotationFiches(numerotation).axes(axes));
  }

  /**
   * The base contract where axis {@code a} has one strategic objective with the given id, and its
   * first fiche belongs to the objective {@code reference}.
   */
  static ContratLocalDeSante objectif(int a, String id, String reference) {
    List<Axe> axes = new ArrayList<>(RuleHarness.base().axes());
    Axe axe = axes.get(a);
    List<FicheAction> fiches = new ArrayList<>(axe.fiches());
    fiches.set(0, FicheAction.builder().from(fiches.get(0)).objectifStrategique(reference).build());
    axes.set(a, Axe.builder().from(axe).objectifsStrategiques(List.of(ObjectifStrategique.builder().id(id)
        .numero(axe.numero() + ".1").intitule("Objectif de l'axe").build())).fiches(fiches).build());
    return RuleHarness.base(b -> b.axes(axes));
  }

  /** The base contract with axis {@code a} changed. */
  static ContratLocalDeSante axe(int a, UnaryOperator<Axe.Builder> change) {
    List<Axe> axes = new ArrayList<>(RuleHarness.base().axes());
    Axe.Builder ab = Axe.builder();
    ab.from(axes.get(a));
    axes.set(a, change.apply(ab).build());
    return RuleHarness.base(b -> b.axes(axes));
  }

  /** The base contract with the fiche {@code f} of axis {@code a} changed. */
  static ContratLocalDeSante fiche(int a, int f, UnaryOperator<FicheAction.Builder> change) {
    List<FicheAction> fiches = new ArrayList<>(RuleHarness.base().axes().get(a).fiches());
    FicheAction.Builder fb = FicheAction.builder();
    fb.from(fiches.get(f));
    fiches.set(f, change.apply(fb).build());
    return axe(a, ab -> ab.fiches(fiches));
  }

  /** The base contract with the geographic sector of a fiche changed (or created). */
  static ContratLocalDeSante secteur(int a, int f, UnaryOperator<SecteurGeographique.Builder> change) {
    SecteurGeographique.Builder sb = SecteurGeographique.builder();
    RuleHarness.base().axes().get(a).fiches().get(f).secteur().ifPresent(sb::from);
    return fiche(a, f, fb -> fb.secteur(change.apply(sb).build()));
  }
}
