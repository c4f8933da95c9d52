package io.clsante.rules.axes;

import io.clsante.model.Axe;
import io.clsante.model.FicheAction;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;

/** CLS-AXE-006: every fiche action has at least one indicator. */
final class AuMoinsUnIndicateur extends ClsRule {
  AuMoinsUnIndicateur() {
    super("CLS-AXE-006", Severity.WARNING);
  }

  @Override
  public void check(RuleContext ctx) {
    for (int a = 0; a < ctx.contrat().axes().size(); a++) {
      Axe axe = ctx.contrat().axes().get(a);
      for (int f = 0; f < axe.fiches().size(); f++) {
        FicheAction fiche = axe.fiches().get(f);
        if (fiche.indicateurs().isEmpty()) {
          ctx.report(Pointer.of("axes", a, "fiches", f, "indicateurs"), fiche.code(), fiche.intitule());
        }
      }
    }
  }
}
