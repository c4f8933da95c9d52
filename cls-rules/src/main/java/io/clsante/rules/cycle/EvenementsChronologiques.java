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
    // Compared by first day. Only the first event earlier than its predecessor is reported: once
    // it is moved, the rest may well be in order.
    for (int i = 1; i < evenements.size(); i++) {
      Evenement avant = evenements.get(i - 1);
      Evenement e = evenements.get(i);
      if (e.date().premierJour().isBefore(avant.date().premierJour())) {
        ctx.report(Pointer.of("evenements", i, "date"), e.type(), e.date(), avant.type(), avant.date());
        return;
      }
    }
  }
}
