package io.clsante.rules.signataires;

import io.clsante.model.Acteur;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Signataire;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.util.Optional;

/** CLS-SIG-002: once signed, a local authority signs, as signataire or co-signataire associé. */
final class UneCollectiviteSigne extends ClsRule {
  UneCollectiviteSigne() {
    super("CLS-SIG-002", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    if (!c.statut().isSigne()) {
      return;
    }
    // Both roles count: a commune associated as co-signatory still commits the territory.
    for (Signataire s : c.signataires()) {
      Optional<Acteur> acteur = ctx.acteur(s.acteur());
      if (acteur.isEmpty()) {
        // CLS-REF-002 reports the unknown id; that signatory may well be the local authority.
        return;
      }
      if (acteur.get().type().isCollectiviteTerritoriale()) {
        return;
      }
    }
    ctx.report(Pointer.of("signataires"), c.statut().libelle());
  }
}
