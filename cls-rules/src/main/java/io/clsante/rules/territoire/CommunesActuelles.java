package io.clsante.rules.territoire;

import io.clsante.model.id.CodeCommune;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.referentiel.Commune;
import io.clsante.rules.referentiel.ReferentielTerritorial;
import io.clsante.rules.spi.RuleContext;
import java.util.Optional;

/**
 * CLS-TER-002: a commune code designates a current commune, not a delegated or associated commune
 * nor a municipal arrondissement.
 */
final class CommunesActuelles extends ClsRule {
  CommunesActuelles() {
    super("CLS-TER-002", Severity.WARNING);
  }

  @Override
  public void check(RuleContext ctx) {
    ReferentielTerritorial ref = ctx.referentiel();
    for (CodesDuContrat.Occurrence<CodeCommune> o : CodesDuContrat.communes(ctx)) {
      // A delegated commune that kept the code of its commune nouvelle designates a current commune.
      if (ref.commune(o.code()).isPresent()) {
        continue;
      }
      Optional<Commune> partie = ref.communeDelegueeOuAssociee(o.code());
      Optional<Commune> actuelle = ref.communeActuelle(o.code());
      if (partie.isPresent() && actuelle.isPresent()) {
        ctx.report(o.pointer(), o.code(), partie.get().nom(), actuelle.get().code(), actuelle.get().nom());
      }
    }
  }
}
