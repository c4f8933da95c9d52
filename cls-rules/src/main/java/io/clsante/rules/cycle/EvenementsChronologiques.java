package io.clsante.rules.cycle;

import io.clsante.model.Evenement;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.util.List;

/** CLS-CYC-002: the lifecycle events are listed in chronological order. */
final class EvenementsChronologiques extends ClsRule {
  EvenementsChronologiques() {
    super("CLS-CYC-002", Severity.WARNING);
  }

  @Override
  public void check(RuleContext ctx) {
    List<Evenement> evenements = ctx.contrat().evenements();
    // Out of order only when certainly so: the event ends its date's span before its predecessor's
    // begins ("2025" after "2025-06" may be in order). Only the first such event is reported: once
    // it is moved, the rest may well be in order.
    for (int i = 1; i < evenements.size(); i++) {
      Evenement avant = evenements.get(i - 1);
      Evenement e = evenements.get(i);
      if (e.date().dernierJour().isBefore(avant.date().premierJour())) {
        ctx.report(Pointer.of("evenements", i, "date"), e.type(), e.date(), avant.type(), avant.date());
        return;
      }
    }
  }
}
