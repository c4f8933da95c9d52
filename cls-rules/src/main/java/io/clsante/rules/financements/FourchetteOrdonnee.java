package io.clsante.rules.financements;

import io.clsante.model.Montant;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.RuleContext;

/** CLS-FIN-006: the minimum of a range of amounts is not above its maximum. */
final class FourchetteOrdonnee extends ClsRule {
  FourchetteOrdonnee() {
    super("CLS-FIN-006", Severity.ERROR);
  }

  // Arguments: the minimum and the maximum, as amounts.
  @Override
  public void check(RuleContext ctx) {
    for (ListeDeFinancements liste : ListeDeFinancements.toutes(ctx)) {
      liste.montants((pointer, montant) -> {
        if (montant.minimum().isPresent() && montant.maximum().isPresent()
            && montant.minimum().get().compareTo(montant.maximum().get()) > 0) {
          ctx.report(pointer.get() + "/minimum", Montant.of(montant.minimum().get()), Montant.of(montant.maximum().get()));
        }
      });
    }
  }
}
