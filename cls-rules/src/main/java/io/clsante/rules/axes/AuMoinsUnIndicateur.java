package io.clsante.rules.axes;

import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.FichePlacee;
import io.clsante.rules.spi.RuleContext;

/** CLS-AXE-006: every fiche action has at least one indicator. */
final class AuMoinsUnIndicateur extends ClsRule {
  AuMoinsUnIndicateur() {
    super("CLS-AXE-006", Severity.WARNING);
  }

  @Override
  public void check(RuleContext ctx) {
    for (FichePlacee p : ctx.fiches()) {
      if (p.fiche().indicateurs().isEmpty()) {
        ctx.report(p.pointer("indicateurs"), p.fiche().code(), p.fiche().intitule());
      }
    }
  }
}
