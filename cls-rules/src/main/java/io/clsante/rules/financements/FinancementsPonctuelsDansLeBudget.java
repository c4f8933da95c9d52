package io.clsante.rules.financements;

import io.clsante.model.BaseTaxe;
import io.clsante.model.FicheAction;
import io.clsante.model.Financement;
import io.clsante.model.Montant;
import io.clsante.model.UniteMontant;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.FichePlacee;
import io.clsante.rules.spi.RuleContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** CLS-FIN-003: the one-off fundings of a fiche do not exceed its budget. */
final class FinancementsPonctuelsDansLeBudget extends ClsRule {
  FinancementsPonctuelsDansLeBudget() {
    super("CLS-FIN-003", Severity.WARNING);
  }

  @Override
  public void check(RuleContext ctx) {
    for (FichePlacee p : ctx.fiches()) {
      FicheAction fiche = p.fiche();
      Optional<Montant> budget = fiche.budgetPrevisionnel();
      // A negative budget is CLS-FIN-001's business.
      if (budget.isEmpty() || budget.get().valeur().signum() < 0) {
        continue;
      }
      Optional<BaseTaxe> base = budget.get().taxe();
      BigDecimal somme = BigDecimal.ZERO;
      // One-off means the unit PONCTUEL or none: a recurring amount (per year, per post…) cannot be
      // added without knowing how often it recurs. A funding counts when its tax base is the budget's
      // or either has none. Negative amounts are CLS-FIN-001's business and do not count.
      for (Financement fin : fiche.financements()) {
        Optional<Montant> m = fin.montant();
        if (m.isPresent() && m.get().valeur().signum() >= 0
            && m.get().unite().map(u -> u == UniteMontant.PONCTUEL).orElse(true)
            && (base.isEmpty() || m.get().taxe().isEmpty() || m.get().taxe().equals(base))) {
          somme = somme.add(m.get().valeur());
        }
      }
      if (somme.compareTo(budget.get().valeur()) > 0) {
        ctx.report(p.pointer("budgetPrevisionnel"), fiche.code(),
            somme.toPlainString(), budget.get().valeur().toPlainString(),
            base.map(Enum::name).orElse(""));
      }
    }
  }

  // Arguments: the fiche's code, the sum and the budget as plain numbers, the budget's tax base
  // (empty when none); the message writes the amounts in euros for its language.
  @Override
  public String message(Locale locale, List<String> arguments) {
    if (arguments.size() < 4) {
      return super.message(locale, arguments);
    }
    String base = arguments.get(3).isEmpty() ? "" : " " + arguments.get(3);
    return super.message(locale, List.of(arguments.get(0),
        Chiffres.montant(arguments.get(1), locale) + base, Chiffres.montant(arguments.get(2), locale) + base));
  }
}
