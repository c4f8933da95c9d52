package io.clsante.rules.axes;

import io.clsante.model.Axe;
import io.clsante.model.FicheAction;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;

/** CLS-AXE-005: every fiche action has at least one lead actor. */
final class AuMoinsUnPorteur extends ClsRule {
  AuMoinsUnPorteur() {
    super("CLS-AXE-005", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    for (int a = 0; a < ctx.contrat().axes().size(); a++) {
      Axe axe = ctx.contrat().axes().get(a);
      for (int f = 0; f < axe.fiches().size(); f++) {
        FicheAction fiche = axe.fiches().get(f);
        if (fiche.porteurs().isEmpty()) {
          ctx.report(Pointer.of("axes", a, "fiches", f, "porteurs"), fiche.code(), fiche.intitule());
        }
      }
    }
  }
}
