package io.clsante.rules.axes;

import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.FichePlacee;
import io.clsante.rules.spi.RuleContext;

/** CLS-AXE-005: every fiche action has at least one lead actor. */
final class AuMoinsUnPorteur extends ClsRule {
  AuMoinsUnPorteur() {
    super("CLS-AXE-005", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    for (FichePlacee p : ctx.fiches()) {
      if (p.fiche().porteurs().isEmpty()) {
        ctx.report(p.pointer("porteurs"), p.fiche().code(), p.fiche().intitule());
      }
    }
  }
}
