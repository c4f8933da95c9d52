package io.clsante.rules.cycle;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.MessageKey;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;

/** CLS-CYC-001: once signed, a contract has signatories and a period. */
final class ContratSigneComplet extends ClsRule {
  ContratSigneComplet() {
    super("CLS-CYC-001", Severity.WARNING);
  }

  // One finding per missing item; the plan of axes is CLS-AXE-001's business. Arguments: the
  // status, what is missing in words (a text of the rule) and the missing property.
  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    if (!c.statut().isSigne()) {
      return;
    }
    if (c.signataires().isEmpty()) {
      manque(ctx, c, "signataires");
    }
    if (c.periode().isEmpty()) {
      manque(ctx, c, "periode");
    }
  }

  private void manque(RuleContext ctx, ContratLocalDeSante c, String propriete) {
    ctx.report(Pointer.of(propriete), c.statut(), new MessageKey(key("manque." + propriete)), propriete);
  }
}
