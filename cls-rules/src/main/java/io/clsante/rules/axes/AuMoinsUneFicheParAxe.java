package io.clsante.rules.axes;

import io.clsante.model.Axe;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;

/** CLS-AXE-007: once signed, every axis holds at least one fiche action. */
final class AuMoinsUneFicheParAxe extends ClsRule {
  AuMoinsUneFicheParAxe() {
    super("CLS-AXE-007", Severity.WARNING);
  }

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.contrat().statut().isSigne()) {
      return;
    }
    for (int a = 0; a < ctx.contrat().axes().size(); a++) {
      Axe axe = ctx.contrat().axes().get(a);
      if (axe.fiches().isEmpty()) {
        ctx.report(Pointer.of("axes", a, "fiches"), axe.numero(), axe.intitule(), ctx.contrat().statut());
      }
    }
  }
}
