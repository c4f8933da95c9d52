package io.clsante.rules.cycle;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;

/** CLS-CYC-005: a contract of a generation above 1 names its predecessor. */
final class PredecesseurNomme extends ClsRule {
  PredecesseurNomme() {
    super("CLS-CYC-005", Severity.WARNING);
  }

  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    if (c.generation().map(g -> g > 1).orElse(false)
        && c.predecesseur().map(String::isBlank).orElse(true)) {
      ctx.report(Pointer.of("generation"), c.generation().get());
    }
  }
}
