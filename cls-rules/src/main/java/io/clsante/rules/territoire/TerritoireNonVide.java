package io.clsante.rules.territoire;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Territoire;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;

/** CLS-TER-007: once signed, the territory names at least one commune, EPCI or département. */
final class TerritoireNonVide extends ClsRule {
  TerritoireNonVide() {
    super("CLS-TER-007", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    Territoire t = c.territoire();
    // A région alone or a groupement (PETR, pays) without its members does not say what is covered.
    if (c.statut().isSigne() && t.communes().isEmpty() && t.epci().isEmpty() && t.departements().isEmpty()) {
      ctx.report(Pointer.of("territoire"), c.statut());
    }
  }
}
