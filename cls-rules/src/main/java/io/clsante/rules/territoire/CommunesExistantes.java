package io.clsante.rules.territoire;

import io.clsante.model.id.CodeCommune;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.referentiel.ReferentielTerritorial;
import io.clsante.rules.spi.RuleContext;

/** CLS-TER-001: every commune code exists in the COG, as a commune or a part of one. */
final class CommunesExistantes extends ClsRule {
  CommunesExistantes() {
    super("CLS-TER-001", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    ReferentielTerritorial ref = ctx.referentiel();
    for (CodesDuContrat.Occurrence<CodeCommune> o : CodesDuContrat.communes(ctx)) {
      // A delegated or associated commune exists: CLS-TER-002 says which commune to use instead.
      if (ref.commune(o.code()).isEmpty() && ref.communeDelegueeOuAssociee(o.code()).isEmpty()) {
        ctx.report(o.pointer(), o.code(), ref.millesime());
      }
    }
  }
}
