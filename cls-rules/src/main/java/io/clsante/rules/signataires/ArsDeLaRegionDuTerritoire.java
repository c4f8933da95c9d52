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
    // Ifs rather than optional chains of lambdas, each of which a fresh JVM would link first.
    if (c.territoire().region().isEmpty()) {
      return;
    }
    Optional<Region> territoire = ctx.referentiel().region(c.territoire().region().get());
    if (territoire.isEmpty()) {
      return;
    }
    for (int i = 0; i < c.signataires().size(); i++) {
      Optional<Acteur> acteur = ctx.acteur(c.signataires().get(i).acteur());
      if (acteur.isEmpty() || acteur.get().type() != TypeActeur.ARS || acteur.get().codeRegion().isEmpty()) {
        continue;
      }
      Acteur ars = acteur.get();
      Optional<Region> region = ctx.referentiel().region(ars.codeRegion().get());
      if (region.isPresent() && !region.get().code().equals(territoire.get().code())) {
        ctx.report(Pointer.of("signataires", i, "acteur"), ars.nom(), region.get().nom(),
            region.get().code(), territoire.get().nom(), territoire.get().code());
      }
    }
  }
}
