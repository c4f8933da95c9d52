package io.clsante.rules.financements;

import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.MessageKey;
import io.clsante.rules.spi.RuleContext;

/**
 * CLS-FIN-005: an amount gives a value or a range (a minimum, a maximum or both), not both and not
 * neither — in fiches and in their operations.
 */
final class MontantValeurOuFourchette extends ClsRule {
  MontantValeurOuFourchette() {
    super("CLS-FIN-005", Severity.ERROR);
  }

  // Argument: what is wrong, a text of the rule (aucun: neither; lesDeux: both).
  @Override
  public void check(RuleContext ctx) {
    for (ListeDeFinancements liste : ListeDeFinancements.toutes(ctx)) {
      liste.montants((pointer, montant) -> {
        boolean fourchette = montant.minimum().isPresent() || montant.maximum().isPresent();
        if (montant.valeur().isPresent() == fourchette) {
          ctx.report(pointer.get(), new MessageKey(key(fourchette ? "lesDeux" : "aucun")));
        }
      });
    }
  }
}
