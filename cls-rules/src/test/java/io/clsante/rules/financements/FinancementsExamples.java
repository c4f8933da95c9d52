package io.clsante.rules.financements;

import io.clsante.model.Axe;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Coordination;
import io.clsante.model.FicheAction;
import io.clsante.model.Financement;
import io.clsante.model.Montant;
import io.clsante.model.PartCofinancement;
import io.clsante.rules.RuleExample;
import io.clsante.rules.RuleHarness;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A contract that makes each money rule fire, for its tests and the rule reference page. */
public final class FinancementsExamples {
  private FinancementsExamples() {}

  /**
   * Returns one example per rule of the family, at least.
   *
   * @return the examples, in rule id order
   */
  public static List<RuleExample> all() {
    return List.of(
        RuleExample.of("CLS-FIN-001", "/axes/0/fiches/0/financements/0/montant/valeur",
            "le financement de l'ARS pour la fiche FA 1.1 passe de 1 500 € à -1 500 €",
            "the ARS funding of fiche FA 1.1 goes from €1,500 to -€1,500",
            financement(0, f -> f.montant(montant("-1500")))),
        RuleExample.of("CLS-FIN-002", "/axes/0/fiches/0/financements/1",
            "le financement « à définir » du Conseil départemental reçoit un montant de 1 000 €",
            "the \"à définir\" funding of the Conseil départemental gets an amount of €1,000",
            financement(1, f -> f.montant(montant("1000")))),
        RuleExample.of("CLS-FIN-003", "/axes/0/fiches/0/budgetPrevisionnel",
            "le budget prévisionnel de la fiche FA 1.1 passe de 3 000 € à 1 000 €, sous les 1 500 € de financement ponctuel acquis",
            "the budget of fiche FA 1.1 goes from €3,000 to €1,000, below the €1,500 of acquired one-off funding",
            fiche(f -> f.budgetPrevisionnel(montant("1000")))),
        RuleExample.of("CLS-FIN-004", "/coordination/cofinancements",
            "la part de la communauté de communes dans le poste de coordination passe de 40 % à 30 %",
            "the intercommunality's share of the coordination post goes from 40% to 30%",
            parts("60", "30")),
        RuleExample.of("CLS-FIN-005", "/axes/0/fiches/0/financements/0/montant",
            "le montant du financement de l'ARS pour la fiche FA 1.1 reçoit aussi une fourchette de 1 000 à 2 000 €",
            "the amount of the ARS funding of fiche FA 1.1 also gets a range from €1,000 to €2,000",
            financement(0, f -> f.montant(Montant.builder().valeur(new BigDecimal("1500"))
                .minimum(new BigDecimal("1000")).maximum(new BigDecimal("2000")).build()))),
        RuleExample.of("CLS-FIN-006", "/axes/0/fiches/0/financements/0/montant/minimum",
            "le montant du financement de l'ARS pour la fiche FA 1.1 devient « entre 2 000 et 1 000 € »",
            "the amount of the ARS funding of fiche FA 1.1 becomes \"between €2,000 and €1,000\"",
            financement(0, f -> f.montant(Montant.entre(new BigDecimal("2000"), new BigDecimal("1000"))))));
  }

  /** Returns the base contract with the fiche FA 1.1 changed. */
  static ContratLocalDeSante fiche(UnaryOperator<FicheAction.Builder> change) {
    Axe axe = RuleHarness.base().axes().get(0);
    FicheAction fiche = change.apply(FicheAction.builder().from(axe.fiches().get(0))).build();
    List<Axe> axes = new ArrayList<>(RuleHarness.base().axes());
    axes.set(0, Axe.builder().from(axe).fiches(List.of(fiche)).build());
    return RuleHarness.base(b -> b.axes(axes));
  }

  /** Returns the base contract with one funding of the fiche FA 1.1 changed. */
  static ContratLocalDeSante financement(int n, UnaryOperator<Financement.Builder> change) {
    List<Financement> financements = new ArrayList<>(RuleHarness.base().axes().get(0).fiches().get(0).financements());
    financements.set(n, change.apply(Financement.builder().from(financements.get(n))).build());
    return fiche(f -> f.financements(financements));
  }

  /** Returns the base contract with these co-funding shares, for the ARS then the intercommunality. */
  static ContratLocalDeSante parts(String... parts) {
    String[] financeurs = {"ars-occitanie", "cc-val-de-gers", "cd-gers"};
    List<PartCofinancement> liste = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      liste.add(PartCofinancement.of(financeurs[i], new BigDecimal(parts[i])));
    }
    return RuleHarness.base(b -> b.coordination(
        Coordination.builder().from(RuleHarness.base().coordination().orElseThrow()).cofinancements(liste).build()));
  }

  static Montant montant(String valeur) {
    return Montant.of(new BigDecimal(valeur));
  }
}
