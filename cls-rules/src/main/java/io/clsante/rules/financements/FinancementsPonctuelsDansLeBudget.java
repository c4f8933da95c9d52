package io.clsante.rules.financements;

import io.clsante.model.BaseTaxe;
import io.clsante.model.FicheAction;
import io.clsante.model.Montant;
import io.clsante.model.UniteMontant;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.FichePlacee;
import io.clsante.rules.spi.RuleContext;
import java.math.BigDecimal;
import java.util.Optional;

/** CLS-FIN-003: the one-off fundings of a fiche do not exceed its budget. */
final class FinancementsPonctuelsDansLeBudget extends ClsRule {
  FinancementsPonctuelsDansLeBudget() {
    super("CLS-FIN-003", Severity.WARNING);
  }

  // Arguments: the fiche's code, the sum and the budget, and the budget's tax base when it has one
  // (then with the message CLS-FIN-003.message.taxe).
  @Override
  public void check(RuleContext ctx) {
    for (FichePlacee p : ctx.fiches()) {
      FicheAction fiche = p.fiche();
      // A budget given as a range is compared by its maximum, a funding by its value or minimum: the
      // rule fires only when the fundings certainly exceed the budget.
      Optional<BigDecimal> prevu = fiche.budgetPrevisionnel().flatMap(m -> m.valeur().or(m::maximum));
      // A negative budget is CLS-FIN-001's business.
      if (prevu.isEmpty() || prevu.get().signum() < 0) {
        continue;
      }
      Optional<BaseTaxe> base = fiche.budgetPrevisionnel().get().taxe();
      // One-off means the unit PONCTUEL or none (nor a unit in words): a recurring amount (per year,
      // per post…) cannot be added without knowing how often it recurs. A funding counts when its
      // tax base is the budget's or either has none. Negative amounts are CLS-FIN-001's business.
      BigDecimal somme = fiche.financements().stream()
          .flatMap(fin -> fin.montant().stream())
          .filter(m -> m.unite().map(u -> u == UniteMontant.PONCTUEL).orElse(m.uniteLibelle().isEmpty())
              && (base.isEmpty() || m.taxe().isEmpty() || m.taxe().equals(base)))
          .flatMap(m -> m.valeur().or(m::minimum).stream())
          .filter(v -> v.signum() >= 0)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      if (somme.compareTo(prevu.get()) > 0) {
        Montant total = Montant.of(somme);
        Montant b = fiche.budgetPrevisionnel().get();
        Montant budget = b.valeur().map(Montant::of)
            .orElseGet(() -> Montant.builder().minimum(b.minimum()).maximum(b.maximum()).build());
        if (base.isPresent()) {
          ctx.reportWith(key("message.taxe"), p.pointer("budgetPrevisionnel"), fiche.code(), total, budget, base.get());
        } else {
          ctx.report(p.pointer("budgetPrevisionnel"), fiche.code(), total, budget);
        }
      }
    }
  }
}
