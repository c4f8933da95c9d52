package io.clsante.rules.indicateurs;

import io.clsante.model.Axe;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.FicheAction;
import io.clsante.model.Indicateur;
import io.clsante.model.ValeurIndicateur;
import io.clsante.rules.RuleExample;
import io.clsante.rules.RuleHarness;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A contract that makes each indicator rule fire, for its tests and the rule reference page. */
public final class IndicateursExamples {
  private IndicateursExamples() {}

  /**
   * Returns one example per rule of the family, at least.
   *
   * @return the examples, in rule id order
   */
  public static List<RuleExample> all() {
    return List.of(
        RuleExample.of("CLS-IND-001", "/axes/0/fiches/0/indicateurs/0",
            "l'unité « praticiens » est retirée de l'indicateur quantitatif « Praticiens accueillis »",
            "the unit \"praticiens\" is removed from the quantitative indicator \"Praticiens accueillis\"",
            indicateur(0, 0, 0, i -> i.unite(Optional.empty()))),
        RuleExample.of("CLS-IND-002", "/axes/0/fiches/0/indicateurs/1/valeurs/0",
            "la valeur réalisée de l'indicateur qualitatif « Satisfaction » devient le nombre 4 au lieu du texte « Bonne »",
            "the achieved value of the qualitative indicator \"Satisfaction\" becomes the number 4 instead of the text \"Bonne\"",
            valeur(0, 0, 1, 0, v -> v.texte(Optional.empty()).nombre(BigDecimal.valueOf(4)))),
        RuleExample.of("CLS-IND-003", "/axes/1/fiches/0/indicateurs/0/valeurs/0/nombre",
            "la cible de l'indicateur « Part des élus formés » (en %) passe de 50 à 150",
            "the target of the indicator \"Part des élus formés\" (in %) goes from 50 to 150",
            valeur(1, 0, 0, 0, v -> v.nombre(BigDecimal.valueOf(150)))),
        RuleExample.of("CLS-IND-004", "/axes/0/fiches/0/indicateurs/0/valeurs/2/date",
            "la valeur réalisée de « Praticiens accueillis » est datée du 2027-06-30, après la date de référence 2026-11-22",
            "the achieved value of \"Praticiens accueillis\" is dated 2027-06-30, after the reference date 2026-11-22",
            valeur(0, 0, 0, 2, v -> v.date(LocalDate.of(2027, 6, 30)))),
        RuleExample.of("CLS-IND-005", "/axes/0/fiches/0/indicateurs/0/valeurs/1/date",
            "la cible de « Praticiens accueillis » est datée du 2030-12-31, après la fin du contrat le 2029-12-31",
            "the target of \"Praticiens accueillis\" is dated 2030-12-31, after the contract ends on 2029-12-31",
            valeur(0, 0, 0, 1, v -> v.date(LocalDate.of(2030, 12, 31)))));
  }

  /** Returns the base contract with one fiche changed. */
  static ContratLocalDeSante fiche(int a, int f, UnaryOperator<FicheAction.Builder> change) {
    return RuleHarness.base(b -> b.axes(remplacer(RuleHarness.base().axes(), a,
        axe -> Axe.builder().from(axe).fiches(remplacer(axe.fiches(), f,
            fiche -> change.apply(FicheAction.builder().from(fiche)).build())).build())));
  }

  /** Returns the base contract with one indicator changed. */
  static ContratLocalDeSante indicateur(int a, int f, int i, UnaryOperator<Indicateur.Builder> change) {
    return fiche(a, f, fiche -> fiche.indicateurs(remplacer(RuleHarness.base().axes().get(a).fiches().get(f)
        .indicateurs(), i, ind -> change.apply(Indicateur.builder().from(ind)).build())));
  }

  /** Returns the base contract with one value of an indicator changed. */
  static ContratLocalDeSante valeur(int a, int f, int i, int v, UnaryOperator<ValeurIndicateur.Builder> change) {
    return indicateur(a, f, i, ind -> ind.valeurs(remplacer(RuleHarness.base().axes().get(a).fiches().get(f)
        .indicateurs().get(i).valeurs(), v, val -> change.apply(ValeurIndicateur.builder().from(val)).build())));
  }

  private static <T> List<T> remplacer(List<T> liste, int index, UnaryOperator<T> change) {
    List<T> copie = new ArrayList<>(liste);
    copie.set(index, change.apply(copie.get(index)));
    return copie;
  }
}
