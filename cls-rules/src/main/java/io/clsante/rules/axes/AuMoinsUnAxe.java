package io.clsante.rules.axes;

import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;

/** CLS-AXE-001: once signed, the contract has at least one strategic axis. */
final class AuMoinsUnAxe extends ClsRule {
  AuMoinsUnAxe() {
    super("CLS-AXE-001", Severity.WARNING);
  }

  @Override
  public void check(RuleContext ctx) {
    if (ctx.contrat().statut().isSigne() && ctx.contrat().axes().isEmpty()) {
      ctx.report(Pointer.of("axes"), ctx.contrat().statut());
    }
  }
}
