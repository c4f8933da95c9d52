package io.clsante.rules.signataires;

import io.clsante.model.Acteur;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.TypeActeur;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.referentiel.Region;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.util.Optional;

/** CLS-SIG-003: the ARS that signs is the one of the territory's région. */
final class ArsDeLaRegionDuTerritoire extends ClsRule {
  ArsDeLaRegionDuTerritoire() {
    super("CLS-SIG-003", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    // An unknown région code is CLS-TER-008's business: compare only régions of the referential.
    Optional<Region> territoire = c.territoire().region().flatMap(ctx.referentiel()::region);
    if (territoire.isEmpty()) {
      return;
    }
    for (int i = 0; i < c.signataires().size(); i++) {
      Optional<Acteur> ars = ctx.acteur(c.signataires().get(i).acteur()).filter(a -> a.type() == TypeActeur.ARS);
      Optional<Region> region = ars.flatMap(Acteur::codeRegion).flatMap(ctx.referentiel()::region);
      if (region.isPresent() && !region.get().code().equals(territoire.get().code())) {
        ctx.report(Pointer.of("signataires", i, "acteur"), ars.get().nom(), region.get().nom(),
            region.get().code(), territoire.get().nom(), territoire.get().code());
      }
    }
  }
}
