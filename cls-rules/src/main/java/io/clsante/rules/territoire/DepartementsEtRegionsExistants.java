package io.clsante.rules.territoire;

import io.clsante.model.Acteur;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Territoire;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.referentiel.ReferentielTerritorial;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;

/** CLS-TER-008: every département and région code exists in the COG. */
final class DepartementsEtRegionsExistants extends ClsRule {
  DepartementsEtRegionsExistants() {
    super("CLS-TER-008", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    ReferentielTerritorial ref = ctx.referentiel();
    Territoire t = c.territoire();
    int millesime = ref.millesime();
    for (int i = 0; i < t.departements().size(); i++) {
      if (ref.departement(t.departements().get(i)).isEmpty()) {
        ctx.report(Pointer.of("territoire", "departements", i), t.departements().get(i), "departements", millesime);
      }
    }
    t.region().filter(r -> ref.region(r).isEmpty())
        .ifPresent(r -> ctx.report(Pointer.of("territoire", "region"), r, "region", millesime));
    for (int i = 0; i < c.acteurs().size(); i++) {
      Acteur a = c.acteurs().get(i);
      if (a.codeDepartement().isPresent() && ref.departement(a.codeDepartement().get()).isEmpty()) {
        ctx.report(Pointer.of("acteurs", i, "codeDepartement"), a.codeDepartement().get(), "codeDepartement", millesime);
      }
      if (a.codeRegion().isPresent() && ref.region(a.codeRegion().get()).isEmpty()) {
        ctx.report(Pointer.of("acteurs", i, "codeRegion"), a.codeRegion().get(), "codeRegion", millesime);
      }
    }
  }
}
