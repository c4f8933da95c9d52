package io.clsante.rules.territoire;

import io.clsante.model.id.Siren;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.RuleContext;

/** CLS-TER-003: every EPCI SIREN is the SIREN of an EPCI à fiscalité propre of the referential. */
final class EpciExistants extends ClsRule {
  EpciExistants() {
    super("CLS-TER-003", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    for (CodesDuContrat.Occurrence<Siren> o : CodesDuContrat.epci(ctx)) {
      if (ctx.referentiel().epci(o.code()).isEmpty()) {
        ctx.report(o.pointer(), o.code(), ctx.referentiel().millesime());
      }
    }
  }
}
